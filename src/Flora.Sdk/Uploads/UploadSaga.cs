using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// The signed upload in one call: reserve (create with <c>signed-url</c>) → send the bytes to the signed target →
/// complete → optionally wait for <c>ready</c>. A refused or expired reservation is renewed once (the asset "retry"
/// endpoint) and sent afresh. How the bytes travel is <see cref="SignedUploadTarget"/> and <see cref="ByteUpload"/>.
/// </summary>
internal sealed class UploadSaga(AssetEndpoints assets, HttpMessageInvoker uploadInvoker, ReadyWaiter waiter, LostCreateRecovery recovery)
{
    /// <summary>Runs the saga for an upload that was already validated: the asset with every field its steps answered.</summary>
    public async Task<Asset> RunAsync(Stream content, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            return await RunSignedAsync(content, upload, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (FloraMetrics.UploadFailed(FloraMetrics.SignedPath, ex))
        {
            throw;
        }
    }

    private async Task<Asset> RunSignedAsync(Stream content, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        var api = assets.Api;
        var bytes = new ByteUpload(api, uploadInvoker, content, upload.FileName!, upload.ContentType!, upload.Progress);

        var started = api.TimeProvider.GetUtcNow();
        var renewed = false;
        AssetUploadState reservation;
        try
        {
            reservation = Usable((await assets.CreateAsync(upload.CreateParams(AssetSource.SignedUrl), StepOptions(options, "create"), cancellationToken)
                .ConfigureAwait(false)).Value);
        }
        catch (FloraConflictException refused) when (LostCreateRecovery.IsLostCreate(refused))
        {
            // The create was processed but its answer lost: continue from the asset it made, with a fresh reservation.
            var found = await recovery.FindAsync(
                new LostCreate(upload.WorkspaceId, upload.ProjectId, upload.FileName, upload.ContentType, "signed_url", [AssetStatus.PendingUpload], null, started),
                refused, options, cancellationToken).ConfigureAwait(false);
            reservation = await RenewAsync(found.Value.AssetId!, options, cancellationToken).ConfigureAwait(false);
            renewed = true;
        }

        // The upload's span (UploadRouter's) is current again once the create's own span has ended.
        ApiTransport.TagCallSpan("flora.asset_id", reservation.AssetId);

        while (true)
        {
            if (!renewed && IsExpired(reservation))
            {
                reservation = await RenewAsync(reservation.AssetId, options, cancellationToken).ConfigureAwait(false);
                renewed = true;
            }

            try
            {
                await bytes.SendAsync(
                    SignedUploadTarget.From(reservation), reservation.AssetId, options?.MaxRetries ?? api.MaxRetries, options?.Timeout ?? api.Timeout,
                    cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (FloraStorageHostException rejected) when (!renewed && IsRejectedReservation(rejected))
            {
                reservation = await RenewAsync(reservation.AssetId, options, cancellationToken).ConfigureAwait(false);
                renewed = true;
            }
        }

        // A repeated UploadAsync with the caller's key repeats this step's derived key: a duplicate may be a first attempt.
        var completed = (await assets.CompleteAsync(reservation.AssetId, StepOptions(options, "complete"), duplicateMayBeFirstAttempt: true, cancellationToken)
            .ConfigureAwait(false)).Value;
        ApiTransport.TagCallSpan("flora.upload.bytes", bytes.BytesSent);
        // The reservation's instructions are spent by this call; the result describes the asset, not a slot to upload to.
        var asset = (reservation.ToAsset() with { Upload = null, UploadUrl = null, ExpiresAt = null }).With(completed.ToAsset());
        if (upload.WaitForReady)
        {
            asset = asset.With(await waiter.WaitAsync(reservation.AssetId, upload.ReadyTimeout, options, cancellationToken).ConfigureAwait(false));
        }

        FloraMetrics.UploadFinished(FloraMetrics.SignedPath, bytes.BytesSent, failure: null);
        return asset;
    }

    /// <summary>The next steps address the asset by the id the server returned: a missing or unusable one is the server's fault.</summary>
    private static AssetUploadState Usable(AssetUploadState reservation)
    {
        var id = reservation.AssetId;
        if (string.IsNullOrWhiteSpace(id) || id is "." or ".." || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new FloraException(
                "FLORA reserved an upload but returned no usable asset_id; the upload was not continued. Report it to FLORA with the request id.");
        }

        return reservation;
    }

    private async Task<AssetUploadState> RenewAsync(string assetId, RequestOptions? options, CancellationToken cancellationToken) =>
        Usable((await assets.RetryAsync(assetId, StepOptions(options, "retry"), cancellationToken).ConfigureAwait(false)).Value);

    private bool IsExpired(AssetUploadState reservation) =>
        reservation.ExpiresAt is { } expires && expires <= assets.Api.TimeProvider.GetUtcNow();

    /// <summary>A 4xx from the upload host means the reservation was refused or has expired; 408 and 429 are transient.</summary>
    private static bool IsRejectedReservation(FloraStorageHostException exception) =>
        (int)exception.StatusCode is >= 400 and < 500 and not 408 and not 429;

    /// <summary>A caller's idempotency key covers the whole upload; each step gets its own derivation so they never collide.</summary>
    private static RequestOptions? StepOptions(RequestOptions? options, string step) =>
        options?.IdempotencyKey is { } key ? options.WithIdempotencyKey($"{key}-{step}") : options;
}

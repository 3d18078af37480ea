using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// A server-side fetch in one call: create from the URL, then wait for <c>ready</c>. A create whose answer was lost is
/// found again by <see cref="LostCreateRecovery"/>.
/// </summary>
internal sealed class UrlUpload(AssetEndpoints assets, ReadyWaiter waiter, LostCreateRecovery recovery)
{
    /// <summary>Runs an upload that was already validated: the ready asset, with what the create answered.</summary>
    public async Task<Asset> RunAsync(Uri url, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            var asset = await FetchAsync(url, upload, options, cancellationToken).ConfigureAwait(false);
            FloraMetrics.UploadFinished(FloraMetrics.UrlPath, 0, failure: null);
            return asset;
        }
        catch (Exception ex) when (FloraMetrics.UploadFailed(FloraMetrics.UrlPath, ex))
        {
            throw;
        }
    }

    private async Task<Asset> FetchAsync(Uri url, UploadRequest upload, RequestOptions? options, CancellationToken cancellationToken)
    {
        var started = assets.Api.TimeProvider.GetUtcNow();
        Asset created;
        try
        {
            created = (await assets.CreateAsync(upload.CreateParams(url.AbsoluteUri), options, cancellationToken).ConfigureAwait(false)).Value.ToAsset();
        }
        catch (FloraConflictException refused) when (LostCreateRecovery.IsLostCreate(refused))
        {
            created = (await recovery.FindAsync(
                new LostCreate(upload.WorkspaceId, upload.ProjectId, upload.FileName, upload.ContentType, "url", [AssetStatus.PendingUpload, AssetStatus.Ready], null, started),
                refused, options, cancellationToken).ConfigureAwait(false)).Value.ToAsset();
        }

        // Even a create answered ready is read once more: retrieve has the metadata (size, dimensions) the create lacks.
        return created.With(await waiter.WaitAsync(created.AssetId, upload.ReadyTimeout, options, cancellationToken).ConfigureAwait(false));
    }
}

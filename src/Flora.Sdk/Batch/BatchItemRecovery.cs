using Flora.Sdk.Assets;
using Flora.Sdk.Models;

namespace Flora.Sdk.Batch;

/// <summary>
/// A rerun of a batch with the same key: an item's create is refused as <c>idempotency_duplicate</c> because an
/// earlier run made its asset with this very key, and FLORA does not replay that answer. The batch finds that asset
/// and adopts it instead of making a second one; when it cannot tell which asset it is, or the asset cannot be
/// continued, the item ends with a typed error that names the candidates. The rule is in docs/usage.md.
/// </summary>
internal sealed class BatchItemRecovery(IAssetService assets, AssetBatchUploadParams parameters)
{
    /// <summary>How long FLORA remembers a key (two hours), plus the clock skew allowed between this machine and FLORA.</summary>
    internal static readonly TimeSpan Window = TimeSpan.FromHours(2) + TimeSpan.FromMinutes(5);

    private const int MaxPages = 10;

    /// <summary>The client's clock (<see cref="FloraClientOptions.TimeProvider"/>), as the upload's own lost-create recovery reads it.</summary>
    private TimeProvider Clock => assets is AssetService service ? service.Clock : TimeProvider.System;

    /// <summary>
    /// Whether an item's upload was refused because its key was used before (by an earlier run): a duplicate on the
    /// first attempt, or one on a retry that the upload's own lost-create recovery could not match (it looks only for
    /// an asset made during this call, in the state that call would leave it).
    /// </summary>
    public static bool IsReusedKey(Exception exception) =>
        exception is FloraConflictException { ErrorCode: "idempotency_duplicate" }
        || exception is FloraLostCreateException { CandidateAssetIds.Count: 0 };

    /// <summary>Finds and continues the asset an earlier run made for <paramref name="item"/>.</summary>
    /// <exception cref="FloraLostCreateException">None or several assets fit, or the one that fits never received its bytes.</exception>
    /// <exception cref="FloraAssetFailedException">The earlier run's asset failed processing.</exception>
    /// <exception cref="FloraAssetNotReadyException">With WaitForReady, the adopted asset was still processing when ReadyTimeout ran out.</exception>
    public async Task<Asset> AdoptAsync(
        AssetUploadItem item, string? contentType, long? length, RequestOptions? options, FloraException refused, CancellationToken cancellationToken)
    {
        var reads = WithoutKey(options);
        var query = new AssetListParams { WorkspaceId = parameters.WorkspaceId, ProjectId = parameters.ProjectId, Query = item.FileName, Limit = 100 };
        var now = Clock.GetUtcNow();
        var fits = new List<string>();
        var pages = 0;
        await foreach (var page in assets.ListAsync(query, reads, cancellationToken).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            fits.AddRange(page.Items.Where(asset => Fits(asset, item, contentType, length, now)).Select(asset => asset.AssetId!));
            if (++pages == MaxPages)
            {
                break;
            }
        }

        if (fits.Count != 1)
        {
            var what = fits.Count == 0
                ? "no asset fits it (created in the last two hours, with its name, type and size)"
                : $"{fits.Count} assets fit it ({string.Join(", ", fits)}), so the SDK cannot tell which is this item's";
            throw new FloraLostCreateException(
                $"Item '{item}' was uploaded before with the same idempotency key ('{options?.IdempotencyKey}'), and {what}; nothing was adopted or uploaded. " +
                "Check the candidates with RetrieveAsync and keep the right one, or upload the item again with a new batch key.",
                fits,
                refused);
        }

        var assetId = fits[0];
        var current = await assets.RetrieveAsync(assetId, reads, cancellationToken).ConfigureAwait(false);
        if (current.Status == AssetStatus.Failed)
        {
            throw new FloraAssetFailedException(assetId, current.FailureMessage);
        }

        if (current.Status == AssetStatus.PendingUpload && current.SizeBytes is null && current.UploadedVia == "signed_url")
        {
            // The earlier run reserved it; its bytes may have arrived without a complete. Complete is idempotent on
            // FLORA's side: it either starts processing or says the bytes never arrived.
            try
            {
                await assets.CompleteAsync(assetId, reads, cancellationToken).ConfigureAwait(false);
            }
            catch (FloraConflictException noBytes)
            {
                throw new FloraLostCreateException(
                    $"Item '{item}' was uploaded before with the same idempotency key, and that run reserved asset '{assetId}' but its bytes never arrived; " +
                    "nothing was uploaded again. Upload the item again with a new batch key (the reservation stays unused), or delete the asset in FLORA.",
                    [assetId],
                    noBytes);
            }
        }

        if (current.Status != AssetStatus.Ready && parameters.WaitForReady)
        {
            return await assets.WaitForReadyAsync(assetId, parameters.ReadyTimeout, reads, cancellationToken).ConfigureAwait(false);
        }

        return (current.Status == AssetStatus.Ready ? current : await assets.RetrieveAsync(assetId, reads, cancellationToken).ConfigureAwait(false)).ToAsset();
    }

    private bool Fits(AssetListResponse asset, AssetUploadItem item, string? contentType, long? length, DateTimeOffset now) =>
        !string.IsNullOrEmpty(asset.AssetId)
        && string.Equals(asset.Name, item.FileName, StringComparison.Ordinal)
        && (contentType is null || string.Equals(asset.ContentType, contentType, StringComparison.OrdinalIgnoreCase))
        && (asset.WorkspaceId is null || asset.WorkspaceId == parameters.WorkspaceId)
        && (parameters.ProjectId is null || asset.ProjectId == parameters.ProjectId)
        && (length is null || asset.SizeBytes is null || asset.SizeBytes == length)
        && asset.UploadedVia is "" or "direct" or "signed_url"
        && CreatedAt(asset) is { } created && created >= now - Window && created <= now + TimeSpan.FromMinutes(5);

    /// <summary>The list's <c>created_at</c>: Unix milliseconds, or seconds when small (as docs/reliability.md says the SDK reads it).</summary>
    private static DateTimeOffset? CreatedAt(AssetListResponse asset) => asset.CreatedAt switch
    {
        null => null,
        >= 100_000_000_000 and <= 253_402_300_799_999 => DateTimeOffset.FromUnixTimeMilliseconds(asset.CreatedAt.Value),
        >= 0 and < 100_000_000_000 => DateTimeOffset.FromUnixTimeSeconds(asset.CreatedAt.Value),
        _ => null,
    };

    /// <summary>The item's options for reads and a key-less complete: a fresh key per call, the caller's other settings.</summary>
    private static RequestOptions? WithoutKey(RequestOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        var reads = new RequestOptions { MaxRetries = options.MaxRetries, Timeout = options.Timeout };
        foreach (var header in options.Headers)
        {
            reads.Headers[header.Key] = header.Value;
        }

        return reads;
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Uploads;

namespace Flora.Sdk.Batch;

/// <summary>
/// A rerun of a batch with the same key: an item's create is refused as <c>idempotency_duplicate</c> because an
/// earlier run made its asset with this very key, and FLORA does not replay that answer. The batch finds that asset
/// with the uploads' own <see cref="LostCreateRecovery"/> (its window opened two hours back) and adopts it instead of
/// making a second one; when it cannot tell which asset it is, or the asset cannot be continued, the item ends with a
/// typed error that names the candidates. The rule is in docs/usage.md.
/// </summary>
internal sealed class BatchItemRecovery(IAssetService assets, AssetBatchUploadParams parameters)
{
    /// <summary>How long FLORA remembers a key: an earlier run's asset was made at most this long ago.</summary>
    internal static readonly TimeSpan KeyMemory = TimeSpan.FromHours(2);

    /// <summary>The client's recovery (its list, its clock); over the public calls for any other service.</summary>
    private readonly LostCreateRecovery _finder = (assets as ILostCreateFinder)?.LostCreates ?? Over(assets);

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
        // Reads and a key-less complete: a fresh key per call, the caller's other settings.
        var reads = options?.WithIdempotencyKey(null);
        var call = new LostCreate(
            parameters.WorkspaceId, parameters.ProjectId, item.FileName, contentType, UploadedVia: null, Statuses: null, length, _finder.Clock.GetUtcNow() - KeyMemory);
        var (found, _) = await _finder.FindAsync(
            call,
            what => $"Item '{item}' was uploaded before with the same idempotency key ('{options?.IdempotencyKey}'), and {what} " +
                "(a fit has its name, type and size and was made in the last two hours); nothing was adopted or uploaded. " +
                "Check the candidates with RetrieveAsync and keep the right one, or upload the item again with a new batch key.",
            refused,
            reads,
            cancellationToken).ConfigureAwait(false);

        var assetId = found.AssetId!;
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

    /// <summary>
    /// A recovery over the public calls of any <see cref="IAssetService"/> (a user's fake too), on the system clock:
    /// a service that is not the client's has no other. Each page is the first page of a list at its cursor.
    /// </summary>
    private static LostCreateRecovery Over(IAssetService assets) => new(TimeProvider.System, async (query, cursor, options, token) =>
    {
        await foreach (var page in assets.ListAsync(query with { Cursor = cursor }, options, token).AsPages().WithCancellation(token).ConfigureAwait(false))
        {
            return page;
        }

        return new Page<AssetListResponse>([]);
    });
}

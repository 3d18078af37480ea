using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>
/// After an interrupted run (killed, or Ctrl+C with uploads in flight) some files may have become ready assets that
/// the manifest never recorded. FLORA does not replay responses for a reused idempotency key, so the next run lists the
/// workspace once and adopts, for each unrecorded file, a ready asset with the same file name and size that no manifest
/// entry holds. Two local files with the same name and size can swap assets; a
/// file that was only reserved (pending_upload) is uploaded again, leaving the reservation unused.
/// </summary>
internal sealed class RecoveredAssets
{
    private readonly Dictionary<(string Name, long Size), Queue<string>> _candidates = [];

    public static async Task<RecoveredAssets> FindAsync(IAssetService assets, string workspaceId, UploadManifest manifest, CancellationToken cancellationToken)
    {
        var found = new RecoveredAssets();
        var recorded = manifest.AssetIds();
        await foreach (var asset in assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId, Limit = 100 }, cancellationToken: cancellationToken))
        {
            if (asset.Status == AssetStatus.Ready && asset.AssetId is { } id && asset.Name is { } name && asset.SizeBytes is { } size && !recorded.Contains(id))
            {
                var key = (name, size);
                if (!found._candidates.TryGetValue(key, out var ids))
                {
                    found._candidates[key] = ids = new Queue<string>();
                }

                ids.Enqueue(id);
            }
        }

        return found;
    }

    /// <summary>Adopts one candidate for a file, or null when none fits.</summary>
    public string? Take(string fileName, long size) =>
        _candidates.TryGetValue((fileName, size), out var ids) && ids.Count > 0 ? ids.Dequeue() : null;
}

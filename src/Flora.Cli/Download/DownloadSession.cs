using System.Collections.Concurrent;
using Flora.Sdk;

namespace Flora.Cli.Download;

/// <summary>
/// Downloads assets into one folder, a few at a time, through <see cref="IAssetService.DownloadFileAsync"/>: each file
/// is named by <see cref="SafeFileName.ForAsset"/> (the asset's name, else its url's last segment, else a name made from
/// its id) and claimed by <see cref="FileClaims"/> before its bytes arrive. The SDK writes a hidden partial file beside it
/// and renames it when complete, so a run stopped with Ctrl+C leaves partial files that the same command resumes.
/// </summary>
internal sealed class DownloadSession(IFloraClient client, string output, int concurrency, IDownloadDisplay display, bool overwrite = false)
{
    private readonly FileClaims _claims = new(output, overwrite);

    public async Task<DownloadSummary> RunAsync(IReadOnlyList<string> assetIds, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(output);
        var outcomes = new DownloadOutcome[assetIds.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, assetIds.Count),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    outcomes[i] = await DownloadOneAsync(assetIds[i], ct);
                    display.Finished(outcomes[i]);
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Reported per asset below: those not finished are "cancelled".
        }

        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] ??= new DownloadOutcome(assetIds[i], "cancelled", null, null, "Stopped before it finished; run the same command again to resume.");
        }

        return new DownloadSummary(
            outcomes.Count(o => o.Status == "downloaded"),
            outcomes.Count(o => o.Status == "failed"),
            cancellationToken.IsCancellationRequested,
            output,
            outcomes);
    }

    private async Task<DownloadOutcome> DownloadOneAsync(string assetId, CancellationToken cancellationToken)
    {
        FileClaim? claim = null;
        try
        {
            var asset = await client.Assets.RetrieveAsync(assetId, cancellationToken: cancellationToken);
            claim = _claims.Claim(SafeFileName.ForAsset(NameOf(asset.Name, asset.Url), assetId));
            var progress = display.Started(assetId, Path.GetFileName(claim.Path), asset.SizeBytes);
            var downloaded = await client.Assets.DownloadFileAsync(assetId, claim.Path, new() { Progress = progress }, cancellationToken: cancellationToken);
            var path = claim.Path;
            claim = null;
            return new DownloadOutcome(assetId, "downloaded", path, downloaded.SizeBytes ?? new FileInfo(path).Length, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new DownloadOutcome(assetId, "cancelled", null, null, "Stopped before it finished; run the same command again to resume.");
        }
        catch (Exception ex) when (ex is FloraException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return new DownloadOutcome(assetId, "failed", null, null, CliOutput.ErrorLine(ex));
        }
        finally
        {
            claim?.Release();
        }
    }

    /// <summary>The asset's name, else its url's last segment (unescaped), as the server gave them: <see cref="SafeFileName"/> judges them.</summary>
    private static string? NameOf(string? name, string? url) =>
        !string.IsNullOrWhiteSpace(name) ? name
        : Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? Uri.UnescapeDataString(parsed.Segments[^1])
        : null;
}

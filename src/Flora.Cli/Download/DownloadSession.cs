using System.Collections.Concurrent;
using Flora.Sdk;

namespace Flora.Cli.Download;

/// <summary>
/// Downloads assets into one folder, a few at a time, through <see cref="IAssetService.DownloadFileAsync"/>: each
/// file is written as <c>&lt;name&gt;.&lt;asset id&gt;.partial</c> and renamed when complete, so a run stopped with
/// Ctrl+C leaves partial files that the same command resumes with a range request.
/// </summary>
internal sealed class DownloadSession(IFloraClient client, string output, int concurrency, IDownloadDisplay display)
{
    private readonly ConcurrentDictionary<string, string> _claimed = new(StringComparer.OrdinalIgnoreCase);

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
        try
        {
            var asset = await client.Assets.RetrieveAsync(assetId, cancellationToken: cancellationToken);
            var path = Path.Combine(output, FileNameFor(assetId, asset.Name, asset.Url));
            var progress = display.Started(assetId, Path.GetFileName(path), asset.SizeBytes);
            var downloaded = await client.Assets.DownloadFileAsync(assetId, path, new() { Progress = progress }, cancellationToken: cancellationToken);
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
    }

    /// <summary>The asset's name (else its url's last segment, else its id), made safe; a name two assets share gets the id in front.</summary>
    private string FileNameFor(string assetId, string? name, string? url)
    {
        var candidate = name;
        if (string.IsNullOrWhiteSpace(candidate) && Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            candidate = Uri.UnescapeDataString(Path.GetFileName(parsed.AbsolutePath));
        }

        candidate = Path.GetFileName(candidate ?? string.Empty);
        foreach (var invalid in Path.GetInvalidFileNameChars())
        {
            candidate = candidate.Replace(invalid, '_');
        }

        if (string.IsNullOrWhiteSpace(candidate) || candidate is "." or "..")
        {
            candidate = assetId;
        }

        return _claimed.TryAdd(candidate, assetId) || _claimed[candidate] == assetId ? candidate : assetId + "-" + candidate;
    }
}

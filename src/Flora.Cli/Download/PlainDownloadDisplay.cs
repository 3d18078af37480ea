using Flora.Cli.Batch;

namespace Flora.Cli.Download;

/// <summary>One line per finished download, for logs and pipes (or nothing, when <paramref name="lines"/> is null).</summary>
internal sealed class PlainDownloadDisplay(TextWriter? lines) : IDownloadDisplay
{
    private static readonly IProgress<long> s_none = new Progress<long>();
    private readonly PlainLines _lines = new(lines);

    public Task<T> RunAsync<T>(int assets, Func<Task<T>> work)
    {
        _lines.Start(assets, $"Downloading {assets} asset(s).");
        return work();
    }

    public IProgress<long> Started(string assetId, string fileName, long? size) => s_none;

    public void Finished(DownloadOutcome outcome) => _lines.Write(outcome.Status == "downloaded"
        ? $"downloaded {outcome.AssetId} -> {outcome.Path} ({Bytes.Format(outcome.Size ?? 0)})"
        : $"{outcome.Status} {outcome.AssetId}: {outcome.Error}");
}

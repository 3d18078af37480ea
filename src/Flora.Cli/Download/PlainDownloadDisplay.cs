using Flora.Cli.Upload;

namespace Flora.Cli.Download;

/// <summary>One line per finished download, for logs and pipes (or nothing, when <paramref name="lines"/> is null).</summary>
internal sealed class PlainDownloadDisplay(TextWriter? lines) : IDownloadDisplay
{
    private static readonly IProgress<long> s_none = new Progress<long>();
    private int _assets;
    private int _done;

    public Task<T> RunAsync<T>(int assets, Func<Task<T>> work)
    {
        _assets = assets;
        lines?.WriteLine($"Downloading {assets} asset(s).");
        return work();
    }

    public IProgress<long> Started(string assetId, string fileName, long? size) => s_none;

    public void Finished(DownloadOutcome outcome)
    {
        if (lines is null)
        {
            return;
        }

        lock (lines)
        {
            lines.WriteLine($"[{Interlocked.Increment(ref _done)}/{_assets}] " + TerminalText.Line(outcome.Status == "downloaded"
                ? $"downloaded {outcome.AssetId} -> {outcome.Path} ({Bytes.Format(outcome.Size ?? 0)})"
                : $"{outcome.Status} {outcome.AssetId}: {outcome.Error}"));
            lines.Flush();
        }
    }
}

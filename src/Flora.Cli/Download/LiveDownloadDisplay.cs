using Flora.Cli.Batch;
using Spectre.Console;

namespace Flora.Cli.Download;

/// <summary>A live Spectre.Console display: one bar per download in flight.</summary>
internal sealed class LiveDownloadDisplay(IAnsiConsole console) : IDownloadDisplay
{
    private ProgressContext? _context;

    public Task<T> RunAsync<T>(int assets, Func<Task<T>> work) =>
        LiveProgress.StartAsync(console, context =>
        {
            _context = context;
            return work();
        });

    public IProgress<long> Started(string assetId, string fileName, long? size) =>
        _context is null ? new Progress<long>() : new BarProgress(_context.AddTask(LiveProgress.Label(fileName), maxValue: Math.Max(size ?? 1, 1)));

    public void Finished(DownloadOutcome outcome)
    {
        if (outcome.Status == "failed")
        {
            LiveProgress.Failed(console, outcome.AssetId, outcome.Error);
        }
    }

    /// <summary>Moves one bar; a download that starts over moves it back.</summary>
    private sealed class BarProgress(ProgressTask bar) : IProgress<long>
    {
        public void Report(long value)
        {
            if (value > bar.MaxValue)
            {
                bar.MaxValue = value;
            }

            bar.Value = value;
        }
    }
}

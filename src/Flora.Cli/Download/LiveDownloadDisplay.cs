using Spectre.Console;

namespace Flora.Cli.Download;

/// <summary>A live Spectre.Console display: one bar per download in flight.</summary>
internal sealed class LiveDownloadDisplay(IAnsiConsole console) : IDownloadDisplay
{
    private ProgressContext? _context;

    public async Task<T> RunAsync<T>(int assets, Func<Task<T>> work) =>
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .StartAsync(async context =>
            {
                _context = context;
                return await work();
            });

    public IProgress<long> Started(string assetId, string fileName, long? size)
    {
        if (_context is null)
        {
            return new Progress<long>();
        }

        var bar = _context.AddTask(TerminalText.Markup(fileName.Length <= 32 ? fileName : fileName[..14] + "…" + fileName[^17..]), maxValue: Math.Max(size ?? 1, 1));
        return new BarProgress(bar);
    }

    public void Finished(DownloadOutcome outcome)
    {
        if (outcome.Status == "failed")
        {
            console.MarkupLine($"[red]failed[/] {TerminalText.Markup(outcome.AssetId)}: {TerminalText.Markup(outcome.Error ?? string.Empty)}");
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

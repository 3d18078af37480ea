using Flora.Cli.Commands;
using Flora.Sdk;
using Flora.Sdk.Models;
using Spectre.Console;

namespace Flora.Cli.Runs;

/// <summary>
/// The wait for a run with progress: a live bar in a terminal, else a plain line per change of status or progress (on
/// stdout beside a table, stderr beside a JSON document, none beside JSON lines, as a batch run writes its lines). The
/// wait is the SDK's <c>Runs.WaitForCompletionAsync</c>, taken in slices so that the display can show where the run is.
/// </summary>
internal static class RunWait
{
    // Each slice ends with the run's status and progress; the whole wait still ends at the caller's timeout.
    private static readonly TimeSpan s_slice = TimeSpan.FromSeconds(5);

    /// <summary>Waits for <paramref name="runId"/> until it completes (the run), fails or the time runs out (the SDK's exceptions).</summary>
    public static Task<Run> WaitAsync(CommandRun run, string runId, TimeSpan timeout)
    {
        var output = run.Output;
        if (output.IsInteractive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Stdout) });
            return console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask(Label(runId, RunStatus.Pending), maxValue: 100);
                    return await SlicesAsync(run, runId, timeout, (status, progress) =>
                    {
                        bar.Description = Label(runId, status);
                        bar.Value = Math.Clamp(progress, 0, 100);
                    });
                });
        }

        var lines = output.Format switch { OutputFormat.Table => output.Stdout, OutputFormat.Json => output.Stderr, _ => null };
        lines?.WriteLine($"waiting for run {TerminalText.Line(runId)} (up to {timeout.TotalSeconds:0.#} s)");
        string? last = null;
        return SlicesAsync(run, runId, timeout, (status, progress) =>
        {
            var line = $"run {TerminalText.Line(runId)}: {TerminalText.Line(status.ToString())} {progress:0.#}%";
            if (line != last)
            {
                lines?.WriteLine(line);
                lines?.Flush();
                last = line;
            }
        });
    }

    private static async Task<Run> SlicesAsync(CommandRun run, string runId, TimeSpan timeout, Action<RunStatus, double> report)
    {
        var runs = run.Client.Runs;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var left = timeout - clock.Elapsed;
            var slice = left > s_slice ? s_slice : left;
            if (slice <= TimeSpan.Zero)
            {
                // The deadline passed between slices: one last look decides.
                slice = TimeSpan.FromMilliseconds(1);
            }

            try
            {
                return await runs.WaitForCompletionAsync(runId, new RunWaitOptions { Timeout = slice }, cancellationToken: run.CancellationToken);
            }
            catch (FloraRunNotFinishedException notYet) when (timeout - clock.Elapsed > TimeSpan.Zero)
            {
                report(notYet.LastStatus, notYet.Progress);
            }
        }
    }

    private static string Label(string runId, RunStatus status) => $"{TerminalText.Markup(runId)} [grey]{TerminalText.Markup(status.ToString())}[/]";
}

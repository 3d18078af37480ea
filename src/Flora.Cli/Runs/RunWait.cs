using Flora.Cli.Commands;
using Flora.Sdk;
using Flora.Sdk.Models;
using Spectre.Console;

namespace Flora.Cli.Runs;

/// <summary>
/// The wait for a run with progress: a live bar in a terminal, else a plain line per change of status or progress (on
/// stdout beside a table, stderr beside a JSON document, none beside JSON lines, as a batch run writes its lines). The
/// wait is one <c>Runs.WaitForCompletionAsync</c> on the SDK's poll schedule, whose <c>RunWaitOptions.Progress</c> tells the
/// display where the run is after each poll.
/// </summary>
internal static class RunWait
{
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
                    return await PollAsync(run, runId, timeout, (status, progress) =>
                    {
                        bar.Description = Label(runId, status);
                        bar.Value = Math.Clamp(progress, 0, 100);
                    });
                });
        }

        var lines = output.Format switch { OutputFormat.Table => output.Stdout, OutputFormat.Json => output.Stderr, _ => null };
        lines?.WriteLine($"waiting for run {TerminalText.Line(runId)} (up to {timeout.TotalSeconds:0.#} s)");
        string? last = null;
        return PollAsync(run, runId, timeout, (status, progress) =>
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

    private static Task<Run> PollAsync(CommandRun run, string runId, TimeSpan timeout, Action<RunStatus, double> report) =>
        run.Client.Runs.WaitForCompletionAsync(
            runId,
            new RunWaitOptions { Timeout = timeout, Progress = new Reporter(report) },
            cancellationToken: run.CancellationToken);

    /// <summary>Hands each poll's run to the display at once, on the polling thread (<see cref="Progress{T}"/> would post it).</summary>
    private sealed class Reporter(Action<RunStatus, double> report) : IProgress<Run>
    {
        public void Report(Run value) => report(value.Status, value.Progress);
    }

    private static string Label(string runId, RunStatus status) => $"{TerminalText.Markup(runId)} [grey]{TerminalText.Markup(status.ToString())}[/]";
}

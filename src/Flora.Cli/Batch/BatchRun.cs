using Flora.Cli.Commands;
using Spectre.Console;

namespace Flora.Cli.Batch;

/// <summary>
/// The run recipe that <c>flora assets upload</c> and <c>flora assets download</c> share, after their inputs are checked
/// and planned: a live display in a terminal (plain lines otherwise), the run with a line or bar per item, the report
/// (JSON from <see cref="CliOutput.WriteRunSummary"/>, else the command's table), and the exit code.
/// </summary>
internal static class BatchRun
{
    /// <param name="run">The command's run: its output, and the client the work takes.</param>
    /// <param name="live">The live display, drawn on the console.</param>
    /// <param name="plain">The plain display: stdout for a table, stderr beside a JSON document, nothing beside JSON lines.</param>
    /// <param name="work">Runs the items inside the display; a fatal error (a wrong key) ends the run after the report.</param>
    /// <param name="table">The table format of the report.</param>
    public static async Task<int> RunAsync<TDisplay, TSummary, TFile>(
        CommandRun run,
        Func<IAnsiConsole, TDisplay> live,
        Func<TextWriter?, TDisplay> plain,
        Func<TDisplay, Task<(TSummary Summary, Exception? Fatal)>> work,
        Action<IAnsiConsole, TSummary> table)
        where TSummary : IBatchSummary<TSummary, TFile>
    {
        var output = run.Output;
        var console = Console(output);
        var display = Display(output, live, plain, reportOnStdout: true);
        var (summary, fatal) = await work(display);
        if (!output.WriteRunSummary(summary, summary.Files, summary.WithoutFiles()))
        {
            table(console, summary);
        }

        if (fatal is not null)
        {
            output.Error(fatal);
            return ExitCodes.Failure;
        }

        return summary.Cancelled ? ExitCodes.Cancelled : summary.HasFailures() ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>
    /// The display of a batch run: live in a terminal, else plain lines on stdout beside a table, on stderr beside a JSON
    /// document, none beside JSON lines. A batch that only prepares the command's output (<c>flora techniques run</c>
    /// uploads its files first) passes <paramref name="reportOnStdout"/> false: its plain lines go to stderr.
    /// </summary>
    public static TDisplay Display<TDisplay>(CliOutput output, Func<IAnsiConsole, TDisplay> live, Func<TextWriter?, TDisplay> plain, bool reportOnStdout) =>
        output.IsInteractive ? live(Console(output))
            : plain(output.Format switch
            {
                OutputFormat.Table => reportOnStdout ? output.Stdout : output.Stderr,
                OutputFormat.Json => output.Stderr,
                _ => null,
            });

    private static IAnsiConsole Console(CliOutput output) => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Stdout) });
}

/// <summary>The end of a batch run, as <c>--format json</c> prints it (methods, not properties, so JSON does not show them).</summary>
internal interface IBatchSummary<TSelf, TFile>
    where TSelf : IBatchSummary<TSelf, TFile>
{
    IReadOnlyList<TFile> Files { get; }

    bool Cancelled { get; }

    /// <summary>The summary without its files: the closing line of <c>--format jsonl</c>.</summary>
    TSelf WithoutFiles();

    /// <summary>Whether an item failed or is unfinished, so the run exits 1.</summary>
    bool HasFailures();
}

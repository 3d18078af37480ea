using Spectre.Console;

namespace Flora.Cli.Batch;

/// <summary>The live Spectre.Console display of a batch run: its columns, an item's bar label, and a failed item's line.</summary>
internal static class LiveProgress
{
    public static Task<T> StartAsync<T>(IAnsiConsole console, Func<ProgressContext, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
            .StartAsync(work);

    /// <summary>A name from outside as a bar's label: safe markup, at most 32 characters (its start and end kept).</summary>
    public static string Label(string name) => TerminalText.Markup(name.Length <= 32 ? name : name[..14] + "…" + name[^17..]);

    /// <summary>The line a failed item prints above the bars.</summary>
    public static void Failed(IAnsiConsole console, string item, string? error) =>
        console.MarkupLine($"[red]failed[/] {TerminalText.Markup(item)}: {TerminalText.Markup(error ?? string.Empty)}");
}

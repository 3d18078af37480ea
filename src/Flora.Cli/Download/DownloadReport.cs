using System.Globalization;
using Flora.Cli.Batch;
using Spectre.Console;

namespace Flora.Cli.Download;

/// <summary>The table that ends a download run in the table format: a row per asset, the counts, and how to resume.</summary>
internal static class DownloadReport
{
    public static void WriteTable(IAnsiConsole console, DownloadSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("flora assets download").AddColumn("asset").AddColumn("status").AddColumn("file").AddColumn(new TableColumn("size").RightAligned());
        foreach (var file in summary.Files)
        {
            table.AddRow(
                TerminalText.Markup(file.AssetId),
                file.Status switch { "downloaded" => "[green]downloaded[/]", "failed" => "[red]failed[/]", _ => "[yellow]" + file.Status + "[/]" },
                TerminalText.Markup(file.Path ?? file.Error ?? string.Empty),
                file.Size is { } size ? Bytes.Format(size) : string.Empty);
        }

        console.Write(table);
        console.MarkupLine($"{summary.Downloaded.ToString(CultureInfo.InvariantCulture)} downloaded, {summary.Failed.ToString(CultureInfo.InvariantCulture)} failed, into {TerminalText.Markup(summary.Output)}");
        if (summary.Cancelled)
        {
            console.MarkupLine("[yellow]Cancelled.[/] Partial files stay beside their destinations; run the same command again to resume them.");
        }
    }
}

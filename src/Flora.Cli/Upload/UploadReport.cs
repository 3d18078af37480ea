using Spectre.Console;

namespace Flora.Cli.Upload;

/// <summary>The table that ends an upload run in the table format: the counts, then the files that need a look.</summary>
internal static class UploadReport
{
    public static void WriteTable(IAnsiConsole console, UploadSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(summary.DryRun ? "flora upload (dry run)" : "flora upload").AddColumn("").AddColumn(new TableColumn("files").RightAligned());
        if (summary.DryRun)
        {
            table.AddRow("would upload", summary.Files.Count(f => f.Status == "would_upload").ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            table.AddRow("[green]uploaded[/]", Count(summary.Uploaded));
        }

        table.AddRow("already uploaded", Count(summary.AlreadyUploaded));
        if (summary.Recovered > 0)
        {
            table.AddRow("recovered from an interrupted run", Count(summary.Recovered));
        }

        if (summary.Ready > 0)
        {
            table.AddRow("[green]ready now[/] (processing before)", Count(summary.Ready));
        }

        if (summary.Attached > 0)
        {
            table.AddRow("[green]placed on the project[/] (uploaded before)", Count(summary.Attached));
        }

        if (summary.Processing > 0)
        {
            table.AddRow("[yellow]processing[/] (not ready yet)", Count(summary.Processing));
        }

        table.AddRow("skipped", Count(summary.Skipped));
        table.AddRow(summary.Failed > 0 ? "[red]failed[/]" : "failed", Count(summary.Failed));
        console.Write(table);
        foreach (var skipped in summary.Files.Where(f => f.Status == "skipped"))
        {
            console.MarkupLine($"  skipped {TerminalText.Markup(skipped.Path)} ({TerminalText.Markup(skipped.Error ?? string.Empty)})");
        }

        foreach (var processing in summary.Files.Where(f => f.Status == UploadManifest.Processing))
        {
            console.MarkupLine($"  [yellow]processing[/] {TerminalText.Markup(processing.Path)}: asset {TerminalText.Markup(processing.AssetId ?? string.Empty)}, {TerminalText.Markup(processing.Error ?? string.Empty)}");
        }

        foreach (var attached in summary.Files.Where(f => f.Status == "attached"))
        {
            console.MarkupLine($"  placed {TerminalText.Markup(attached.Path)} (asset {TerminalText.Markup(attached.AssetId ?? string.Empty)}) on the project");
        }

        foreach (var failed in summary.Files.Where(f => f.Status == "failed"))
        {
            console.MarkupLine($"  [red]failed[/] {TerminalText.Markup(failed.Path)}: {TerminalText.Markup(failed.Error ?? string.Empty)}");
        }

        if (summary.Cancelled)
        {
            console.MarkupLine($"[yellow]Cancelled.[/] Finished files are recorded in {TerminalText.Markup(summary.Manifest)}; run the same command again to go on.");
        }
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.CommandLine;
using Flora.Cli.Batch;
using Flora.Cli.Download;

namespace Flora.Cli.Commands;

/// <summary><c>flora assets download &lt;asset ids&gt;… --output &lt;dir&gt;</c>: concurrent downloads with progress, resumed after Ctrl+C.</summary>
internal static class DownloadCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("asset-ids") { Description = "The ids of the assets to download.", Arity = ArgumentArity.OneOrMore };
        var outputDir = new Option<string>("--output", "-o") { Description = "The folder to write into (made when missing).", DefaultValueFactory = _ => "." };
        var concurrency = SharedOptions.Concurrency("Assets downloaded");
        var overwrite = new Option<bool>("--overwrite")
        {
            Description = "Replace a file that already has an asset's name; without it the download takes the next free name, 'clip (1).png'.",
        };
        var command = new Command(
            "download",
            "Download ready assets into a folder, named after each asset, with live progress; after Ctrl+C the same command resumes partial files.")
        {
            ids, outputDir, concurrency, overwrite,
        };
        command.SetRunnerAction(run =>
        {
            var parallel = SharedOptions.ConcurrencyOf(run.Parse, concurrency);
            var assetIds = run.Value(ids).Distinct(StringComparer.Ordinal).ToList();
            var folder = Path.GetFullPath(run.Value(outputDir));
            return BatchRun.RunAsync<IDownloadDisplay, DownloadSummary, DownloadOutcome>(
                run,
                console => new LiveDownloadDisplay(console),
                lines => new PlainDownloadDisplay(lines),
                async display =>
                {
                    var session = new DownloadSession(run.Client, folder, parallel, display, run.Value(overwrite));
                    return (await display.RunAsync(assetIds.Count, () => session.RunAsync(assetIds, run.CancellationToken)), null);
                },
                DownloadReport.WriteTable);
        });
        return command;
    }
}

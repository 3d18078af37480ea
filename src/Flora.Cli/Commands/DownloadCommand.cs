using System.CommandLine;
using Flora.Cli.Download;
using Spectre.Console;

namespace Flora.Cli.Commands;

/// <summary><c>flora assets download &lt;asset ids&gt;… --output &lt;dir&gt;</c>: concurrent downloads with progress, resumed after Ctrl+C.</summary>
internal static class DownloadCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("asset-ids") { Description = "The ids of the assets to download.", Arity = ArgumentArity.OneOrMore };
        var outputDir = new Option<string>("--output", "-o") { Description = "The folder to write into (made when missing).", DefaultValueFactory = _ => "." };
        var concurrency = new Option<int>("--concurrency", "-c") { Description = "Assets downloaded at once, 1 to 64.", DefaultValueFactory = _ => 4 };
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
        command.SetAction((parse, cancellationToken) =>
        {
            var output = GlobalOptions.Output(parse);
            return CommandRunner.RunAsync(output, async () =>
            {
                if (parse.GetValue(concurrency) is < 1 or > 64)
                {
                    await output.Stderr.WriteLineAsync("error: --concurrency must be 1 to 64.");
                    return ExitCodes.Usage;
                }

                var assetIds = parse.GetValue(ids)!.Distinct(StringComparer.Ordinal).ToList();
                var folder = Path.GetFullPath(parse.GetValue(outputDir)!);
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Stdout) });
                IDownloadDisplay display = output.IsInteractive ? new LiveDownloadDisplay(console)
                    : new PlainDownloadDisplay(output.Format switch { OutputFormat.Table => output.Stdout, OutputFormat.Json => output.Stderr, _ => null });
                using var client = GlobalOptions.Client(parse);
                var session = new DownloadSession(client, folder, parse.GetValue(concurrency), display, parse.GetValue(overwrite));
                var summary = await display.RunAsync(assetIds.Count, () => session.RunAsync(assetIds, cancellationToken));
                DownloadReport.Write(output, console, summary);
                return summary.Cancelled ? ExitCodes.Cancelled : summary.Failed > 0 ? ExitCodes.Failure : ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }
}

using System.CommandLine;
using Flora.Cli.Upload;
using Flora.Sdk.Models;
using Spectre.Console;

namespace Flora.Cli.Commands;

/// <summary><c>flora assets upload &lt;paths, folders or globs&gt;…</c>: the batch upload with progress, resume and wait.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs (quote globs: 'photos/**/*.png').", Arity = ArgumentArity.OneOrMore };
        var workspace = AssetCommands.WorkspaceOption(required: true);
        var project = AssetCommands.ProjectOption(required: false);
        project.Description = "Also place each asset on this project's canvas (prj_…), as it is created.";
        var folder = AssetCommands.FolderOption();
        var concurrency = new Option<int>("--concurrency", "-c") { Description = "Files uploaded at once, 1 to 64.", DefaultValueFactory = _ => 4 };
        var wait = new Option<bool>("--wait")
        {
            Description = "Wait until each asset is ready; on a rerun, also wait for files an earlier run left processing.",
        };
        var waitTimeout = AssetReadyCommands.WaitTimeoutOption(
            "Seconds to wait for each asset with --wait. A file still processing then is recorded as 'processing' with its asset id (exit 1), never uploaded again: rerun with --wait.");
        var allowUnknownType = new Option<bool>("--allow-unknown-type")
        {
            Description = "Also upload files of types FLORA does not document (sent as application/octet-stream unless the file name tells).",
        };
        var contentType = new Option<string?>("--content-type")
        {
            Description = "The content type sent for every file, for example image/png, instead of the one its extension tells. Files are still chosen by extension (add --allow-unknown-type to take others).",
        };
        var uploadPath = new Option<string>("--upload-path")
        {
            Description = "How the bytes travel: auto (direct up to 4 MiB, signed above), direct (one request, at most 4 MiB) or signed-url (reserve, upload, complete).",
            DefaultValueFactory = _ => "auto",
        };
        uploadPath.AcceptOnlyFromAmong("auto", "direct", "signed-url");
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Walk folders below the given ones too." };
        var followLinks = new Option<bool>("--follow-links")
        {
            Description = "Follow symbolic links inside the given folders (to files and folders; a folder reached twice is walked once). Without it they are skipped and listed. A path named on the command line is always read.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would be uploaded and skipped; send nothing." };
        var manifestOption = new Option<string?>("--manifest") { Description = $"The resume manifest (default: {UploadManifest.DefaultName} in the folder that holds the inputs)." };
        var command = new Command("upload", "Upload files, folders or globs, with live progress; a rerun skips what the manifest shows as uploaded.")
        {
            paths, workspace, project, folder, concurrency, wait, waitTimeout, allowUnknownType, contentType, uploadPath, recursive, followLinks, dryRun, manifestOption,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = GlobalOptions.Output(parse);
            return CommandRunner.RunAsync(output, async () =>
            {
                var inputs = parse.GetValue(paths)!;
                var timeout = parse.GetValue(waitTimeout);
                if ((parse.GetValue(concurrency) is < 1 or > 64 ? "--concurrency must be 1 to 64."
                    : AssetReadyCommands.InvalidWaitTimeout(timeout) is { } invalidTimeout ? invalidTimeout
                    : parse.GetValue(contentType) is { } type && !AssetContentTypes.IsAllowed(type) && !parse.GetValue(allowUnknownType)
                        ? $"--content-type '{type}' is not a type FLORA accepts ({string.Join(", ", AssetContentTypes.Allowed)}); add --allow-unknown-type to send it anyway."
                    : UploadInputs.Validate(inputs, parse.GetValue(allowUnknownType))) is { } invalid)
                {
                    await output.Stderr.WriteLineAsync("error: " + invalid);
                    return ExitCodes.Usage;
                }

                var manifestPath = parse.GetValue(manifestOption) ?? Path.Combine(UploadInputs.CommonFolder(inputs), UploadManifest.DefaultName);
                var manifest = UploadManifest.Load(manifestPath);
                var walk = new UploadInputs(inputs, parse.GetValue(recursive), manifest.FilePath, parse.GetValue(allowUnknownType), parse.GetValue(followLinks));
                var jobs = walk.Files().Select(f => new UploadJob(f, manifest.RelativePath(f), new FileInfo(f).Length)).ToList();
                var request = new UploadRequest(parse.GetValue(workspace)!, parse.GetValue(project), parse.GetValue(folder), parse.GetValue(concurrency), parse.GetValue(wait), parse.GetValue(dryRun),
                    TimeSpan.FromSeconds(timeout), parse.GetValue(allowUnknownType), parse.GetValue(contentType), UploadPathOf(parse.GetValue(uploadPath)));

                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output.Stdout) });
                IUploadDisplay display = output.IsInteractive ? new LiveUploadDisplay(console)
                    : new PlainUploadDisplay(output.Format switch { OutputFormat.Table => output.Stdout, OutputFormat.Json => output.Stderr, _ => null });
                using var client = GlobalOptions.Client(parse);
                var session = new UploadSession(client, manifest, request, display);
                var (summary, fatal) = await display.RunAsync(jobs.Count, jobs.Sum(j => j.Size), () => session.RunAsync(jobs, walk.Skipped, cancellationToken));
                UploadReport.Write(output, console, summary);
                if (fatal is not null)
                {
                    output.Error(fatal);
                    return ExitCodes.Failure;
                }

                return summary.Cancelled ? ExitCodes.Cancelled : summary.Failed > 0 || summary.Processing > 0 ? ExitCodes.Failure : ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    private static AssetUploadPath UploadPathOf(string? name) => name switch
    {
        "direct" => AssetUploadPath.Direct,
        "signed-url" => AssetUploadPath.SignedUrl,
        _ => AssetUploadPath.Auto,
    };
}

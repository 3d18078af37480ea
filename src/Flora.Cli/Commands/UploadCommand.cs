using System.CommandLine;
using Flora.Cli.Batch;
using Flora.Cli.Upload;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora assets upload &lt;paths, folders or globs&gt;…</c>: the batch upload with progress, resume and wait.</summary>
internal static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs (quote globs: 'photos/**/*.png').", Arity = ArgumentArity.OneOrMore };
        var workspace = SharedOptions.WorkspaceId(required: true);
        var project = SharedOptions.ProjectId(required: false, "Also place each asset on this project's canvas (prj_…), as it is created.");
        var folder = SharedOptions.Folder();
        var concurrency = SharedOptions.Concurrency("Files uploaded");
        var wait = new Option<bool>("--wait")
        {
            Description = "Wait until each asset is ready; on a rerun, also wait for files an earlier run left processing.",
        };
        var waitTimeout = SharedOptions.WaitTimeout(
            "Seconds to wait for each asset with --wait. A file still processing then is recorded as 'processing' with its asset id (exit 1), never uploaded again: rerun with --wait.");
        var allowUnknownType = SharedOptions.AllowUnknownType(
            "Also upload files of types FLORA does not document (sent as application/octet-stream unless the file name tells).");
        var contentType = SharedOptions.ContentType(
            "The content type sent for every file, for example image/png, instead of the one its extension tells. Files are still chosen by extension (add --allow-unknown-type to take others).");
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
        command.SetRunnerAction(run =>
        {
            var inputs = run.Value(paths);
            var parallel = SharedOptions.ConcurrencyOf(run.Parse, concurrency);
            var timeout = SharedOptions.WaitTimeoutOf(run.Parse, waitTimeout);
            var anyType = run.Value(allowUnknownType);
            if (run.Value(contentType) is { } type && !AssetContentTypes.IsAllowed(type) && !anyType)
            {
                throw new ArgumentException($"--content-type '{type}' is not a type FLORA accepts ({string.Join(", ", AssetContentTypes.Allowed)}); add --allow-unknown-type to send it anyway.");
            }

            if (UploadInputs.Validate(inputs, anyType) is { } invalid)
            {
                throw new ArgumentException(invalid);
            }

            var manifest = UploadManifest.Load(run.Value(manifestOption) ?? Path.Combine(UploadInputs.CommonFolder(inputs), UploadManifest.DefaultName));
            var walk = new UploadInputs(inputs, run.Value(recursive), manifest.FilePath, anyType, run.Value(followLinks));
            var jobs = walk.Files().Select(f => new UploadJob(f, manifest.RelativePath(f), new FileInfo(f).Length)).ToList();
            var request = new UploadRequest(run.Value(workspace)!, run.Value(project), run.Value(folder), parallel, run.Value(wait), run.Value(dryRun),
                timeout, anyType, run.Value(contentType), UploadPathOf(run.Value(uploadPath)));
            return BatchRun.RunAsync<IUploadDisplay, UploadSummary, FileOutcome>(
                run,
                console => new LiveUploadDisplay(console),
                lines => new PlainUploadDisplay(lines),
                display =>
                {
                    var session = new UploadSession(run.Client, manifest, request, display);
                    return display.RunAsync(jobs.Count, jobs.Sum(j => j.Size), () => session.RunAsync(jobs, walk.Skipped, run.CancellationToken));
                },
                UploadReport.WriteTable);
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

using Flora.Cli.Batch;
using Flora.Cli.Commands;
using Flora.Cli.Upload;

namespace Flora.Cli.Runs;

/// <summary>
/// The local files of <c>flora techniques run</c>, uploaded through the batch of <c>flora assets upload</c>: the same
/// <see cref="UploadSession"/>, manifest (<c>.flora-upload.json</c> beside the files unless <c>--manifest</c> names one)
/// and per-file idempotency keys, waiting until each asset is ready. So a rerun uploads nothing again: a file the
/// manifest holds is reused by its asset id, and one an interrupted run made is adopted, never uploaded twice.
/// </summary>
internal static class TechniqueUploads
{
    private static readonly HashSet<string> s_usable = ["uploaded", "already_uploaded", "recovered", "ready"];

    /// <summary>The asset id of each file (by full path), or the exit code when a file could not be made ready.</summary>
    public static async Task<(IReadOnlyDictionary<string, string>? Assets, int ExitCode)> UploadAsync(
        CommandRun run, IReadOnlyList<string> fullPaths, string workspaceId, string? manifestPath)
    {
        var files = fullPaths.Distinct(StringComparer.Ordinal).ToList();
        var manifest = UploadManifest.Load(manifestPath ?? Path.Combine(UploadInputs.CommonFolder(files), UploadManifest.DefaultName));
        var jobs = files.Select(f => new UploadJob(f, manifest.RelativePath(f), new FileInfo(f).Length)).ToList();
        var request = new UploadRequest(
            workspaceId, ProjectId: null, Folder: null, Concurrency: 4, Wait: true, DryRun: false,
            WaitTimeout: TimeSpan.FromSeconds(SharedOptions.DefaultWaitSeconds), AllowUnknownType: false);
        IUploadDisplay display = BatchRun.Display<IUploadDisplay>(
            run.Output, console => new LiveUploadDisplay(console), lines => new PlainUploadDisplay(lines), reportOnStdout: false);
        var session = new UploadSession(run.Client, manifest, request, display);
        var (summary, fatal) = await display.RunAsync(jobs.Count, jobs.Sum(j => j.Size), () => session.RunAsync(jobs, [], run.CancellationToken));
        if (fatal is not null)
        {
            run.Output.Error(fatal);
            return (null, ExitCodes.Failure);
        }

        if (summary.Cancelled)
        {
            await run.Output.Stderr.WriteLineAsync(TerminalText.Line(
                $"Cancelled before the run started. Finished uploads are recorded in {summary.Manifest}; run the same command again to go on."));
            return (null, ExitCodes.Cancelled);
        }

        var unusable = summary.Files.Where(f => !s_usable.Contains(f.Status) || f.AssetId is null).ToList();
        foreach (var file in unusable)
        {
            await run.Output.Stderr.WriteLineAsync(TerminalText.Line(
                $"error: {file.Path} is {file.Status}{(file.AssetId is { } id ? $" (asset {id})" : string.Empty)}: {file.Error ?? "not ready"}"));
        }

        if (unusable.Count > 0)
        {
            await run.Output.Stderr.WriteLineAsync("No run was started; run the same command again (files already uploaded are not uploaded again).");
            return (null, ExitCodes.Failure);
        }

        var byRelative = summary.Files.ToDictionary(f => f.Path, f => f.AssetId!, StringComparer.Ordinal);
        return (jobs.ToDictionary(j => j.FullPath, j => byRelative[j.RelativePath], StringComparer.Ordinal), ExitCodes.Success);
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>What <c>flora assets upload</c> was asked to do.</summary>
internal sealed record UploadRequest(
    string WorkspaceId, string? ProjectId, string? Folder, int Concurrency, bool Wait, bool DryRun, TimeSpan WaitTimeout, bool AllowUnknownType,
    string? ContentType = null, AssetUploadPath UploadPath = AssetUploadPath.Auto);

/// <summary>
/// One run of <c>flora assets upload</c>: skips what the manifest already holds, uploads the rest through
/// <see cref="AssetServiceBatchExtensions.UploadManyAsync"/>, and records each finished file in the manifest as it
/// finishes. A file whose asset was made but is not ready is recorded as processing and never uploaded again: a rerun
/// reports it, or waits for it with --wait. A rerun with --project-id places recorded assets on that project.
/// The batch carries the manifest's key, so a file whose asset an interrupted run made (within FLORA's two hours) is
/// adopted, not uploaded again: FLORA refuses the file's own key as a duplicate, which proves an earlier run of this
/// manifest used it, and the batch adopts that asset. Nothing else is ever adopted: an asset in the workspace with the
/// file's name and size may be anyone's.
/// </summary>
internal sealed partial class UploadSession(IFloraClient client, UploadManifest manifest, UploadRequest request, IUploadDisplay display)
{
    // Rewriting the whole manifest after every file costs O(n²) on huge runs; beyond this size writes are spaced out.
    // A file finished but not yet written is found again by the recovery pass of the next run.
    private const int WriteEveryResultBelow = 2000;
    private static readonly TimeSpan s_writeInterval = TimeSpan.FromMilliseconds(250);

    private readonly List<FileOutcome> _outcomes = [];
    private readonly List<(UploadJob Job, ManifestEntry Entry)> _recorded = [];

    public async Task<(UploadSummary Summary, Exception? Fatal)> RunAsync(IReadOnlyList<UploadJob> jobs, IReadOnlyList<SkippedFile> skipped, CancellationToken cancellationToken)
    {
        _outcomes.AddRange(skipped.Select(s => new FileOutcome { Path = manifest.RelativePath(s.Path), Status = "skipped", Error = s.Reason }));
        if (request.DryRun)
        {
            _outcomes.AddRange(jobs.Select(j => new FileOutcome
            {
                Path = j.RelativePath,
                Size = j.Size,
                Status = manifest.Find(j.FullPath) is { } e && e.Size == j.Size ? "already_uploaded" : "would_upload",
            }));
            return (Summary(cancelled: false, dryRun: true), null);
        }

        // Written before the first byte is sent, marked unfinished: a run killed from here on is known to the next one.
        await manifest.SaveAsync(force: true);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? fatal = null;
        var cancelled = false;
        var lastWrite = Stopwatch.StartNew();
        var parameters = new AssetBatchUploadParams
        {
            WorkspaceId = request.WorkspaceId,
            ProjectId = request.ProjectId,
            Folder = request.Folder,
            MaxConcurrency = request.Concurrency,
            WaitForReady = request.Wait,
            ReadyTimeout = request.WaitTimeout,
            AllowUnknownContentType = request.AllowUnknownType,
            UploadPath = request.UploadPath,
            Progress = display.Progress,
        };
        var batchKey = new RequestOptions { IdempotencyKey = manifest.IdempotencyKey };
        try
        {
            await foreach (var result in client.Assets.UploadManyAsync(Pending(jobs), parameters, batchKey, stop.Token))
            {
                var job = (UploadJob)result.Item.Tag!;
                if (result.Error is FloraAuthenticationException auth)
                {
                    // A wrong key fails every file the same way: one clear line instead of a line per file.
                    fatal = auth;
                    await stop.CancelAsync();
                    continue;
                }

                var outcome = Finish(job, result);
                Add(outcome);
                display.Finished(outcome);
                if (outcome.AssetId is not null && (manifest.Count < WriteEveryResultBelow || lastWrite.Elapsed >= s_writeInterval))
                {
                    await manifest.SaveAsync();
                    lastWrite.Restart();
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            cancelled = cancellationToken.IsCancellationRequested;
        }

        if (!cancelled && fatal is null)
        {
            try
            {
                await FollowUpAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
            }
        }

        // Also after Ctrl+C: every file that finished is on disk before the process exits.
        await manifest.SaveAsync(finished: !cancelled && fatal is null);
        return (Summary(cancelled, dryRun: false), fatal);
    }

    /// <summary>The files still to upload, produced one at a time as the batch asks for them.</summary>
    private IEnumerable<AssetUploadItem> Pending(IReadOnlyList<UploadJob> jobs)
    {
        foreach (var job in jobs)
        {
            if (manifest.Find(job.FullPath) is { } entry && entry.Size == job.Size && entry.WorkspaceId == request.WorkspaceId
                && entry.Folder == request.Folder && entry.Sha256 == Sha256Of(job.FullPath))
            {
                if (entry.State == UploadManifest.Processing || (request.ProjectId is { } project && entry.ProjectIds?.Contains(project) != true))
                {
                    // Never uploaded again: waited for, or placed on the project, once the batch is done.
                    _recorded.Add((job, entry));
                    display.Skipped(job);
                    continue;
                }

                Add(new FileOutcome { Path = job.RelativePath, Status = "already_uploaded", Size = job.Size, AssetId = entry.AssetId, Sha256 = entry.Sha256 });
                display.Skipped(job);
                continue;
            }

            // The item's identity for its key: the file as it is now, so an edited file is a new item.
            var key = $"{job.RelativePath}|{job.Size}|{File.GetLastWriteTimeUtc(job.FullPath).Ticks}";
            yield return AssetUploadItem.FromFile(job.FullPath) with { Tag = job, ContentType = request.ContentType ?? AcceptedTypes.ContentTypeOf(job.FullPath), Key = key };
        }
    }

    private FileOutcome Finish(UploadJob job, AssetUploadResult result)
    {
        if (result.Error is FloraAssetNotReadyException notReady)
        {
            // FLORA has the file: recorded with its asset id, so no rerun uploads it again.
            var processingSha = Sha256Of(job.FullPath);
            manifest.Record(Entry(job, notReady.AssetId, processingSha, UploadManifest.Processing));
            return new FileOutcome
            {
                Path = job.RelativePath,
                Status = UploadManifest.Processing,
                Size = job.Size,
                AssetId = notReady.AssetId,
                Sha256 = processingSha,
                Error = $"still '{notReady.LastStatus}' after the wait; rerun with --wait (and a longer --wait-timeout) to wait for it, it will not be uploaded again",
            };
        }

        if (result.Asset is not { } asset)
        {
            return new FileOutcome { Path = job.RelativePath, Status = "failed", Size = job.Size, Error = CliOutput.ErrorLine(result.Error!) };
        }

        var sha = Sha256Of(job.FullPath);
        manifest.Record(Entry(job, asset.AssetId, sha));
        return new FileOutcome { Path = job.RelativePath, Status = result.Adopted ? "recovered" : "uploaded", Size = job.Size, AssetId = asset.AssetId, Sha256 = sha };
    }

    private ManifestEntry Entry(UploadJob job, string assetId, string sha, string? state = null) => new()
    {
        Path = job.RelativePath,
        Size = job.Size,
        Sha256 = sha,
        AssetId = assetId,
        WorkspaceId = request.WorkspaceId,
        Folder = request.Folder,
        State = state,
        ProjectIds = request.ProjectId is { } project ? [project] : null,
        UploadedAt = DateTimeOffset.UtcNow,
    };

    private void Add(FileOutcome outcome)
    {
        lock (_outcomes)
        {
            _outcomes.Add(outcome);
        }
    }

    private UploadSummary Summary(bool cancelled, bool dryRun)
    {
        lock (_outcomes)
        {
            return new UploadSummary
            {
                Manifest = manifest.FilePath,
                Uploaded = _outcomes.Count(o => o.Status == "uploaded"),
                AlreadyUploaded = _outcomes.Count(o => o.Status == "already_uploaded"),
                Recovered = _outcomes.Count(o => o.Status == "recovered"),
                Processing = _outcomes.Count(o => o.Status == UploadManifest.Processing),
                Ready = _outcomes.Count(o => o.Status == "ready"),
                Attached = _outcomes.Count(o => o.Status == "attached"),
                Skipped = _outcomes.Count(o => o.Status == "skipped"),
                Failed = _outcomes.Count(o => o.Status == "failed"),
                Cancelled = cancelled,
                DryRun = dryRun,
                Files = [.. _outcomes],
            };
        }
    }

    private static string Sha256Of(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}

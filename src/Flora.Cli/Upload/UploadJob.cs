using Flora.Cli.Batch;

namespace Flora.Cli.Upload;

/// <summary>One file of an upload run: where it is, its path relative to the manifest, and its size when walked.</summary>
internal sealed record UploadJob(string FullPath, string RelativePath, long Size);

/// <summary>What happened to one file, for the summary and the JSON output.</summary>
internal sealed record FileOutcome
{
    public required string Path { get; init; }

    /// <summary>
    /// uploaded, already_uploaded, recovered, processing (made, not ready yet: <see cref="AssetId"/> names it), ready (a
    /// file recorded as processing that is ready now), attached (a recorded asset placed on --project-id), skipped,
    /// failed or cancelled.
    /// </summary>
    public required string Status { get; init; }

    public long? Size { get; init; }

    public string? AssetId { get; init; }

    public string? Sha256 { get; init; }

    public string? Error { get; init; }
}

/// <summary>The whole run, as <c>--format json</c> prints it.</summary>
internal sealed record UploadSummary : IBatchSummary<UploadSummary, FileOutcome>
{
    public required string Manifest { get; init; }

    public int Uploaded { get; init; }

    public int AlreadyUploaded { get; init; }

    public int Recovered { get; init; }

    /// <summary>Files whose asset was made but is not ready yet; a rerun never uploads them again.</summary>
    public int Processing { get; init; }

    /// <summary>Files recorded as processing by an earlier run that are ready now.</summary>
    public int Ready { get; init; }

    /// <summary>Recorded assets placed on --project-id by this run instead of being skipped.</summary>
    public int Attached { get; init; }

    public int Skipped { get; init; }

    public int Failed { get; init; }

    public bool Cancelled { get; init; }

    public bool DryRun { get; init; }

    public IReadOnlyList<FileOutcome> Files { get; init; } = [];

    public UploadSummary WithoutFiles() => this with { Files = [] };

    /// <summary>A failed file, or one still processing (a rerun with --wait finishes it), makes the run exit 1.</summary>
    public bool HasFailures() => Failed > 0 || Processing > 0;
}

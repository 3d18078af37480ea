using Flora.Cli.Batch;

namespace Flora.Cli.Download;

/// <summary>How one asset's download ended: <c>downloaded</c>, <c>failed</c> or <c>cancelled</c>.</summary>
internal sealed record DownloadOutcome(string AssetId, string Status, string? Path, long? Size, string? Error);

/// <summary>The end of a download run, as <c>--format json</c> prints it.</summary>
internal sealed record DownloadSummary(int Downloaded, int Failed, bool Cancelled, string Output, IReadOnlyList<DownloadOutcome> Files)
    : IBatchSummary<DownloadSummary, DownloadOutcome>
{
    public DownloadSummary WithoutFiles() => this with { Files = [] };

    public bool HasFailures() => Failed > 0;
}

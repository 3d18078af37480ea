namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of GET /runs/{runId} (the fields Flora.Sdk's Run reads, no custom converters).</summary>
public sealed record BaselineRun
{
    public string RunId { get; init; } = string.Empty;
    public string? Status { get; init; }
    public double Progress { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public decimal? ChargedCost { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public string? PollUrl { get; init; }
    public IReadOnlyList<BaselineRunOutput>? Outputs { get; init; }
}

/// <summary>One output of a run, as the baseline reads it.</summary>
public sealed record BaselineRunOutput
{
    public string OutputId { get; init; } = string.Empty;
    public string Type { get; init; } = string.Empty;
    public string Url { get; init; } = string.Empty;
}

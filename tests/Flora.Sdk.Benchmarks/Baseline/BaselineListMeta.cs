namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of the meta block of a list page (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineListMeta
{
    public string? NextCursor { get; init; }
    public long? TotalEstimate { get; init; }
}

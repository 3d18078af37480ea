namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of a page of GET /assets (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineListPage
{
    public IReadOnlyList<BaselineListItem>? Assets { get; init; }
    public BaselineListMeta? Meta { get; init; }
}

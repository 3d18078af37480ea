namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of one asset of GET /assets (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineListItem
{
    public string? AssetId { get; init; }
    public string ContentType { get; init; } = string.Empty;
    public long? CreatedAt { get; init; }
    public string? Description { get; init; }
    public int? Height { get; init; }
    public string? Name { get; init; }
    public long? SizeBytes { get; init; }
    public string? Status { get; init; }
    public string? UploadContentType { get; init; }
    public string UploadedVia { get; init; } = string.Empty;
    public string? Url { get; init; }
    public int? Width { get; init; }
    public string? WorkspaceId { get; init; }
    public string? NodeId { get; init; }
    public string? ProjectId { get; init; }
}

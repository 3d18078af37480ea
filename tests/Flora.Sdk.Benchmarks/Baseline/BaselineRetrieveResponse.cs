namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of GET /assets/{assetId} (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineRetrieveResponse
{
    public string AssetId { get; init; } = string.Empty;
    public string ContentType { get; init; } = string.Empty;
    public DateTimeOffset? CreatedAt { get; init; }
    public string? Description { get; init; }
    public string? FailureMessage { get; init; }
    public int? Height { get; init; }
    public string? Name { get; init; }
    public long? SizeBytes { get; init; }
    public string? Status { get; init; }
    public string? UploadContentType { get; init; }
    public string UploadedVia { get; init; } = string.Empty;
    public string? Url { get; init; }
    public int? Width { get; init; }
    public string? WorkspaceId { get; init; }
}

namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of POST /assets (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineCreateResponse
{
    public string AssetId { get; init; } = string.Empty;
    public string? Status { get; init; }
    public string? UploadedVia { get; init; }
    public string? Url { get; init; }
    public string? Visibility { get; init; }
    public string? WorkspaceId { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public string? FailureMessage { get; init; }
    public BaselineUpload? Upload { get; init; }
    public string? UploadUrl { get; init; }
}

namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of the body of POST /assets (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineCreateParams
{
    public required string Source { get; init; }
    public required string WorkspaceId { get; init; }
    public string? ContentType { get; init; }
    public string? FileName { get; init; }
    public string? Folder { get; init; }
}

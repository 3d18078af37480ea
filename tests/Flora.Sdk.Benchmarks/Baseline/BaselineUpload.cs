namespace Flora.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's shape of the upload block of a create response (same shape as Flora.Sdk's model, no custom converters).</summary>
public sealed record BaselineUpload
{
    public string? Url { get; init; }
    public string? Method { get; init; }
    public string? ContentType { get; init; }
    public string? FileField { get; init; }
    public IReadOnlyDictionary<string, string>? FormFields { get; init; }
}

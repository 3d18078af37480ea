namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>resize-video</c> action (<see cref="ResizeVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ResizeVideoActionSettings
{
    /// <summary>Custom Resolution (px) (<c>custom_resolution</c>).</summary>
    public double? CustomResolution { get; init; }

    /// <summary>Resolution (<c>resolution</c>). One of <c>240</c>, <c>360</c>, <c>480</c>, <c>540</c>, <c>720</c>, <c>1080</c>, <c>1440</c>, <c>2160</c>, <c>custom</c>.</summary>
    public string? Resolution { get; init; }
}

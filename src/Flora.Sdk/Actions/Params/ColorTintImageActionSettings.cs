namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>color-tint-image-browser</c> action (<see cref="ColorTintImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ColorTintImageActionSettings
{
    /// <summary>Blend Mode (<c>blend_mode</c>). One of <c>multiply</c>, <c>screen</c>, <c>overlay</c>, <c>soft_light</c>, <c>color</c>.</summary>
    public string? BlendMode { get; init; }

    /// <summary>Tint Color (<c>color</c>).</summary>
    public string? Color { get; init; }

    /// <summary>Intensity (<c>intensity</c>).</summary>
    public double? Intensity { get; init; }
}

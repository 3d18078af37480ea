namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>greenscreen-video</c> action (<see cref="GreenscreenVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record GreenscreenVideoActionSettings
{
    /// <summary>Edge Blend (softness) (<c>blend</c>).</summary>
    public double? Blend { get; init; }

    /// <summary>Background Preset (<c>color_preset</c>). One of <c>green</c>, <c>blue</c>, <c>custom</c>.</summary>
    public string? ColorPreset { get; init; }

    /// <summary>Custom Background Color (<c>custom_color</c>).</summary>
    public string? CustomColor { get; init; }

    /// <summary>Similarity (how close to key color counts) (<c>similarity</c>).</summary>
    public double? Similarity { get; init; }

    /// <summary>Spill Suppression (<c>spill</c>).</summary>
    public bool? Spill { get; init; }
}

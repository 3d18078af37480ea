namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>color-filter-image-browser</c> action (<see cref="ColorFilterImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ColorFilterImageActionSettings
{
    /// <summary>Threshold (<c>bw_threshold</c>).</summary>
    public double? BwThreshold { get; init; }

    /// <summary>Color Tolerance (<c>colorpop_tolerance</c>).</summary>
    public double? ColorpopTolerance { get; init; }

    /// <summary>Grid Angle (°) (<c>dot_angle</c>).</summary>
    public double? DotAngle { get; init; }

    /// <summary>Background (<c>dot_bg</c>).</summary>
    public string? DotBg { get; init; }

    /// <summary>Dot Color (<c>dot_color</c>).</summary>
    public string? DotColor { get; init; }

    /// <summary>Dot Size (<c>dot_size</c>).</summary>
    public double? DotSize { get; init; }

    /// <summary>Grain (<c>grain</c>).</summary>
    public double? Grain { get; init; }

    /// <summary>Highlight Color (<c>highlight_color</c>).</summary>
    public string? HighlightColor { get; init; }

    /// <summary>Intensity (<c>intensity</c>).</summary>
    public double? Intensity { get; init; }

    /// <summary>Bits per channel (<c>posterize_bits</c>).</summary>
    public double? PosterizeBits { get; init; }

    /// <summary>Warmth (<c>sepia_warmth</c>).</summary>
    public double? SepiaWarmth { get; init; }

    /// <summary>Shadow Color (<c>shadow_color</c>).</summary>
    public string? ShadowColor { get; init; }

    /// <summary>Threshold (<c>solarize_threshold</c>).</summary>
    public double? SolarizeThreshold { get; init; }

    /// <summary>Keep Color (<c>target_color</c>).</summary>
    public string? TargetColor { get; init; }

    /// <summary>Vignette Softness (<c>vignette_softness</c>).</summary>
    public double? VignetteSoftness { get; init; }

    /// <summary>Vignette Strength (<c>vignette_strength</c>).</summary>
    public double? VignetteStrength { get; init; }
}

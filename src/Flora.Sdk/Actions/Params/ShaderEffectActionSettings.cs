namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>shader-effect-browser</c> action (<see cref="ShaderEffectActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ShaderEffectActionSettings
{
    /// <summary>Strength (<c>bloom_strength</c>).</summary>
    public double? BloomStrength { get; init; }

    /// <summary>Threshold (<c>bloom_threshold</c>).</summary>
    public double? BloomThreshold { get; init; }

    /// <summary>Thickness (<c>edge_thickness</c>).</summary>
    public double? EdgeThickness { get; init; }

    /// <summary>Effect (<c>effect</c>). One of <c>chromatic</c>, <c>glitch</c>, <c>edges</c>, <c>crt</c>, <c>ripple</c>, <c>kaleidoscope</c>, <c>bloom</c>, <c>pixelate</c>.</summary>
    public string? Effect { get; init; }

    /// <summary>Glitch (<c>glitch_amount</c>).</summary>
    public double? GlitchAmount { get; init; }

    /// <summary>Intensity (<c>intensity</c>).</summary>
    public double? Intensity { get; init; }

    /// <summary>Amplitude (<c>ripple_amp</c>).</summary>
    public double? RippleAmp { get; init; }

    /// <summary>Frequency (<c>ripple_freq</c>).</summary>
    public double? RippleFreq { get; init; }

    /// <summary>Scanlines (<c>scanline_strength</c>).</summary>
    public double? ScanlineStrength { get; init; }

    /// <summary>Segments (<c>segments</c>).</summary>
    public double? Segments { get; init; }

    /// <summary>Shift (px) (<c>shift</c>).</summary>
    public double? Shift { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>video-effect</c> action (<see cref="VideoEffectActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record VideoEffectActionSettings
{
    /// <summary>Channel Offset (px) (<c>chromatic_offset</c>).</summary>
    public double? ChromaticOffset { get; init; }

    /// <summary>Effect (<c>effect</c>). One of <c>vignette</c>, <c>grain</c>, <c>pixelate</c>, <c>shake</c>, <c>chromatic</c>, <c>vhs</c>.</summary>
    public string? Effect { get; init; }

    /// <summary>Grain Strength (<c>grain_strength</c>).</summary>
    public double? GrainStrength { get; init; }

    /// <summary>Block Size (px) (<c>pixel_block_size</c>).</summary>
    public double? PixelBlockSize { get; init; }

    /// <summary>Shake Amount (px) (<c>shake_amount</c>).</summary>
    public double? ShakeAmount { get; init; }

    /// <summary>Vignette Falloff (<c>vignette_angle</c>).</summary>
    public double? VignetteAngle { get; init; }
}

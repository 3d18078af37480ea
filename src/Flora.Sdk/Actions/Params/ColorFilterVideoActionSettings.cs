namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>color-filter-video</c> action (<see cref="ColorFilterVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ColorFilterVideoActionSettings
{
    /// <summary>B&amp;W Threshold (<c>bw_threshold</c>).</summary>
    public double? BwThreshold { get; init; }

    /// <summary>Grain (<c>grain</c>).</summary>
    public double? Grain { get; init; }

    /// <summary>Posterize Bits (<c>posterize_bits</c>).</summary>
    public double? PosterizeBits { get; init; }

    /// <summary>Solarize Threshold (<c>solarize_threshold</c>).</summary>
    public double? SolarizeThreshold { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>color-grade-image-browser</c> action (<see cref="ColorGradeImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ColorGradeImageActionSettings
{
    /// <summary>Show additional controls (<c>advanced</c>).</summary>
    public bool? Advanced { get; init; }

    /// <summary>Brightness (<c>brightness</c>).</summary>
    public double? Brightness { get; init; }

    /// <summary>Contrast (<c>contrast</c>).</summary>
    public double? Contrast { get; init; }

    /// <summary>Highlights (<c>highlights</c>).</summary>
    public double? Highlights { get; init; }

    /// <summary>Hue Shift (deg) (<c>hue_shift</c>).</summary>
    public double? HueShift { get; init; }

    /// <summary>Saturation (<c>saturation</c>).</summary>
    public double? Saturation { get; init; }

    /// <summary>Shadows (<c>shadows</c>).</summary>
    public double? Shadows { get; init; }

    /// <summary>Show Color Scope in preview (<c>show_scope</c>).</summary>
    public bool? ShowScope { get; init; }

    /// <summary>Tint (Green-Magenta) (<c>tint</c>).</summary>
    public double? Tint { get; init; }

    /// <summary>Warmth (<c>warmth</c>).</summary>
    public double? Warmth { get; init; }
}

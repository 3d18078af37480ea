namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>blur-image-browser</c> action (<see cref="BlurImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record BlurImageActionSettings
{
    /// <summary>Motion Angle (°) (<c>angle</c>).</summary>
    public double? Angle { get; init; }

    /// <summary>Bokeh Shape (<c>bokeh_shape</c>). One of <c>circle</c>, <c>hexagon</c>, <c>pentagon</c>.</summary>
    public string? BokehShape { get; init; }

    /// <summary>Brush Hardness (<c>brush_hardness</c>).</summary>
    public double? BrushHardness { get; init; }

    /// <summary>Brush Intensity (<c>brush_intensity</c>).</summary>
    public double? BrushIntensity { get; init; }

    /// <summary>Brush Size (px) (<c>brush_size</c>).</summary>
    public double? BrushSize { get; init; }

    /// <summary>Edge Preservation (<c>edge_threshold</c>).</summary>
    public double? EdgeThreshold { get; init; }

    /// <summary>Erase (<c>erase</c>).</summary>
    public bool? Erase { get; init; }

    /// <summary>Mode (<c>mode</c>). One of <c>full</c>, <c>draw</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Radial Mode (<c>radial_mode</c>). One of <c>zoom</c>, <c>spin</c>.</summary>
    public string? RadialMode { get; init; }

    /// <summary>Radial Strength (<c>radial_strength</c>).</summary>
    public double? RadialStrength { get; init; }

    /// <summary>Radius (<c>radius</c>).</summary>
    public double? Radius { get; init; }

    /// <summary>Target Color (<c>target_color</c>).</summary>
    public string? TargetColor { get; init; }

    /// <summary>Invert Selection (blur non-matching) (<c>target_invert</c>).</summary>
    public bool? TargetInvert { get; init; }

    /// <summary>Color Tolerance (<c>target_tolerance</c>).</summary>
    public double? TargetTolerance { get; init; }

    /// <summary>Sharp Band Center (<c>tilt_center</c>).</summary>
    public double? TiltCenter { get; init; }

    /// <summary>Band Orientation (<c>tilt_orientation</c>). One of <c>horizontal</c>, <c>vertical</c>.</summary>
    public string? TiltOrientation { get; init; }

    /// <summary>Sharp Band Width (<c>tilt_width</c>).</summary>
    public double? TiltWidth { get; init; }
}

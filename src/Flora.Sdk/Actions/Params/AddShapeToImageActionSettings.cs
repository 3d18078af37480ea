namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>add-shape-to-image-browser</c> action (<see cref="AddShapeToImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record AddShapeToImageActionSettings
{
    /// <summary>Background Color (<c>background</c>).</summary>
    public string? Background { get; init; }

    /// <summary>Center (<c>center</c>).</summary>
    public ActionVector2? Center { get; init; }

    /// <summary>Fill Color (<c>fill_color</c>).</summary>
    public string? FillColor { get; init; }

    /// <summary>Fill Opacity (<c>fill_opacity</c>).</summary>
    public double? FillOpacity { get; init; }

    /// <summary>Height (px) (<c>height</c>).</summary>
    public double? Height { get; init; }

    /// <summary>Rotation (deg) (<c>rotation</c>).</summary>
    public double? Rotation { get; init; }

    /// <summary>Shape (<c>shape</c>). One of <c>rectangle</c>, <c>ellipse</c>, <c>triangle</c>, <c>star</c>, <c>hexagon</c>.</summary>
    public string? Shape { get; init; }

    /// <summary>Include Background (<c>show_background</c>).</summary>
    public bool? ShowBackground { get; init; }

    /// <summary>Size (<c>size</c>).</summary>
    public ActionVector2? Size { get; init; }

    /// <summary>Stroke Color (<c>stroke_color</c>).</summary>
    public string? StrokeColor { get; init; }

    /// <summary>Stroke Width (px) (<c>stroke_width</c>).</summary>
    public double? StrokeWidth { get; init; }

    /// <summary>Width (px) (<c>width</c>).</summary>
    public double? Width { get; init; }
}

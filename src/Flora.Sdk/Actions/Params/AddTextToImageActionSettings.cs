namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>add-text-to-image-browser</c> action (<see cref="AddTextToImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record AddTextToImageActionSettings
{
    /// <summary>Background Color (<c>background</c>).</summary>
    public string? Background { get; init; }

    /// <summary>Center (<c>center</c>).</summary>
    public ActionVector2? Center { get; init; }

    /// <summary>Text Color (<c>color</c>).</summary>
    public string? Color { get; init; }

    /// <summary>Dimensions (px) (<c>dimensions</c>).</summary>
    public ActionVector2? Dimensions { get; init; }

    /// <summary>Font (<c>font_family</c>). One of <c>sans</c>, <c>sans-bold</c>, <c>sans-italic</c>, <c>serif</c>, <c>serif-bold</c>, <c>mono</c>, <c>mono-bold</c>.</summary>
    public string? FontFamily { get; init; }

    /// <summary>Font Size (px) (<c>font_size</c>).</summary>
    public double? FontSize { get; init; }

    /// <summary>Max Width (px) (<c>max_width</c>).</summary>
    public double? MaxWidth { get; init; }

    /// <summary>Opacity (<c>opacity</c>).</summary>
    public double? Opacity { get; init; }

    /// <summary>Rotation (deg) (<c>rotation</c>).</summary>
    public double? Rotation { get; init; }

    /// <summary>Shadow (<c>shadow</c>).</summary>
    public bool? Shadow { get; init; }

    /// <summary>Include Background (<c>show_background</c>).</summary>
    public bool? ShowBackground { get; init; }

    /// <summary>Text (<c>text</c>).</summary>
    public string? Text { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>resize-image-browser</c> action (<see cref="ResizeImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ResizeImageActionSettings
{
    /// <summary>Letterbox Color (<c>bg_color</c>).</summary>
    public string? BgColor { get; init; }

    /// <summary>Fit (<c>fit</c>). One of <c>contain</c>, <c>cover</c>, <c>stretch</c>.</summary>
    public string? Fit { get; init; }

    /// <summary>Height (px) (<c>height</c>).</summary>
    public double? Height { get; init; }

    /// <summary>Longest Side (px) (<c>longest</c>).</summary>
    public double? Longest { get; init; }

    /// <summary>Resize by (<c>mode</c>). One of <c>exact</c>, <c>percent</c>, <c>longest</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Scale (%) (<c>percent</c>).</summary>
    public double? Percent { get; init; }

    /// <summary>Width (px) (<c>width</c>).</summary>
    public double? Width { get; init; }
}

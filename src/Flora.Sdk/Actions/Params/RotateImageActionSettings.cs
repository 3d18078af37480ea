namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>rotate-image-browser</c> action (<see cref="RotateImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record RotateImageActionSettings
{
    /// <summary>Angle (°, clockwise) (<c>angle</c>).</summary>
    public double? Angle { get; init; }

    /// <summary>Background Color (<c>background</c>).</summary>
    public string? Background { get; init; }

    /// <summary>Canvas (<c>canvas_mode</c>). One of <c>shrink</c>, <c>keep</c>, <c>expand</c>.</summary>
    public string? CanvasMode { get; init; }

    /// <summary>Flip (<c>direction</c>). One of <c>none</c>, <c>horizontal</c>, <c>vertical</c>, <c>both</c>.</summary>
    public string? Direction { get; init; }

    /// <summary>Transparent Background (<c>transparent</c>).</summary>
    public bool? Transparent { get; init; }
}

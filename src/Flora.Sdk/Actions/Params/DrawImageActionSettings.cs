namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>draw-image-browser</c> action (<see cref="DrawImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record DrawImageActionSettings
{
    /// <summary>Brush color (<c>color</c>).</summary>
    public string? Color { get; init; }

    /// <summary>Erase (<c>erase</c>).</summary>
    public bool? Erase { get; init; }

    /// <summary>Brush size (<c>size</c>).</summary>
    public double? Size { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>overlay-image-browser</c> action (<see cref="OverlayImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record OverlayImageActionSettings
{
    /// <summary>Blend (<c>blend</c>). One of <c>normal</c>, <c>multiply</c>, <c>screen</c>, <c>overlay</c>, <c>soft-light</c>.</summary>
    public string? Blend { get; init; }

    /// <summary>Center (<c>center</c>).</summary>
    public ActionVector2? Center { get; init; }

    /// <summary>Opacity (<c>opacity</c>).</summary>
    public double? Opacity { get; init; }

    /// <summary>Rotation (deg) (<c>rotation</c>).</summary>
    public double? Rotation { get; init; }

    /// <summary>Size (<c>size</c>).</summary>
    public ActionVector2? Size { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>crop-image-browser</c> action (<see cref="CropImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record CropImageActionSettings
{
    /// <summary>Center (<c>center</c>).</summary>
    public ActionVector2? Center { get; init; }

    /// <summary>Lock ratio (<c>lock_aspect</c>).</summary>
    public bool? LockAspect { get; init; }

    /// <summary>Rotation (deg) (<c>rotation</c>).</summary>
    public double? Rotation { get; init; }

    /// <summary>Size (<c>size</c>).</summary>
    public ActionVector2? Size { get; init; }
}

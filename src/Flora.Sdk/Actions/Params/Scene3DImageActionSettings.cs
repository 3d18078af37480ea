namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>scene-3d-image-browser</c> action (<see cref="Scene3DImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record Scene3DImageActionSettings
{
    /// <summary>Aspect Ratio (<c>aspect_ratio</c>). One of <c>1:1</c>, <c>16:9</c>, <c>9:16</c>, <c>4:3</c>, <c>3:4</c>.</summary>
    public string? AspectRatio { get; init; }

    /// <summary>Background Color (<c>background</c>).</summary>
    public string? Background { get; init; }

    /// <summary>Color (<c>color</c>).</summary>
    public string? Color { get; init; }

    /// <summary>Offset (<c>offset</c>).</summary>
    public ActionVector2? Offset { get; init; }

    /// <summary>Rotation (deg) (<c>rotation</c>).</summary>
    public ActionVector3? Rotation { get; init; }

    /// <summary>Scale (<c>scale</c>).</summary>
    public ActionVector3? Scale { get; init; }

    /// <summary>Shape (<c>shape</c>). One of <c>cube</c>, <c>sphere</c>, <c>torus</c>, <c>cone</c>, <c>cylinder</c>.</summary>
    public string? Shape { get; init; }

    /// <summary>Include Background (<c>show_background</c>).</summary>
    public bool? ShowBackground { get; init; }

    /// <summary>Resolution (longest side) (<c>size</c>).</summary>
    public double? Size { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>filter-color-image-browser</c> action (<see cref="FilterColorImageActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record FilterColorImageActionSettings
{
    /// <summary>Invert Selection (<c>invert</c>).</summary>
    public bool? Invert { get; init; }

    /// <summary>Mode (<c>mode</c>). One of <c>remove</c>, <c>replace</c>, <c>keep</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Replacement Color (<c>replacement_color</c>).</summary>
    public string? ReplacementColor { get; init; }

    /// <summary>Edge Softness (<c>softness</c>).</summary>
    public double? Softness { get; init; }

    /// <summary>Target Color (<c>target_color</c>).</summary>
    public string? TargetColor { get; init; }

    /// <summary>Tolerance (<c>tolerance</c>).</summary>
    public double? Tolerance { get; init; }
}

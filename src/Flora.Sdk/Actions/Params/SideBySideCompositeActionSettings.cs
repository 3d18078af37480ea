namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>side-by-side-composite-browser</c> action (<see cref="SideBySideCompositeActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record SideBySideCompositeActionSettings
{
    /// <summary>Background (<c>background</c>).</summary>
    public string? Background { get; init; }

    /// <summary>Gap (px) (<c>gap</c>).</summary>
    public double? Gap { get; init; }

    /// <summary>Layout (<c>layout</c>). One of <c>auto</c>, <c>horizontal-2</c>, <c>horizontal-3</c>, <c>vertical-2</c>, <c>vertical-3</c>, <c>grid-2x2</c>.</summary>
    public string? Layout { get; init; }

    /// <summary>Size Match (<c>normalize</c>). One of <c>match-shortest</c>, <c>match-largest</c>, <c>pad-to-largest</c>.</summary>
    public string? Normalize { get; init; }
}

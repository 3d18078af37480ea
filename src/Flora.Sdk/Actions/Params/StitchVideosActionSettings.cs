namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>stitch-videos</c> action (<see cref="StitchVideosActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record StitchVideosActionSettings
{
    /// <summary>Background Color (<c>background_color</c>).</summary>
    public string? BackgroundColor { get; init; }

    /// <summary>Background Mode (<c>background_mode</c>). One of <c>solid</c>, <c>blur</c>.</summary>
    public string? BackgroundMode { get; init; }

    /// <summary>Blur Amount (<c>blur_amount</c>).</summary>
    public double? BlurAmount { get; init; }

    /// <summary>Fit Mode (<c>fit_mode</c>). One of <c>contain</c>, <c>cover</c>.</summary>
    public string? FitMode { get; init; }

    /// <summary>Transition (<c>transition</c>). One of <c>none</c>, <c>fade</c>, <c>wipeleft</c>, <c>wiperight</c>.</summary>
    public string? Transition { get; init; }

    /// <summary>Transition Duration (s) (<c>transition_duration</c>).</summary>
    public double? TransitionDuration { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>ken-burns-video</c> action (<see cref="KenBurnsVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record KenBurnsVideoActionSettings
{
    /// <summary>Duration (s) (<c>duration</c>).</summary>
    public double? Duration { get; init; }

    /// <summary>Easing (<c>easing</c>). One of <c>linear</c>, <c>ease-in</c>, <c>ease-out</c>, <c>ease-in-out</c>.</summary>
    public string? Easing { get; init; }

    /// <summary>FPS (<c>fps</c>). One of <c>24</c>, <c>30</c>, <c>60</c>.</summary>
    public string? Fps { get; init; }

    /// <summary>Pan (<c>pan_direction</c>). One of <c>none</c>, <c>left</c>, <c>right</c>, <c>up</c>, <c>down</c>.</summary>
    public string? PanDirection { get; init; }

    /// <summary>Zoom Level (<c>zoom</c>).</summary>
    public double? Zoom { get; init; }

    /// <summary>Zoom Direction (<c>zoom_direction</c>). One of <c>none</c>, <c>in</c>, <c>out</c>.</summary>
    public string? ZoomDirection { get; init; }
}

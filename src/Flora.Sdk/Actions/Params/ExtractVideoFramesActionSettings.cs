namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>extract-video-frames</c> action (<see cref="ExtractVideoFramesActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ExtractVideoFramesActionSettings
{
    /// <summary>Every (s) (<c>every_seconds</c>).</summary>
    public double? EverySeconds { get; init; }

    /// <summary>Frame Count (<c>frame_count</c>).</summary>
    public double? FrameCount { get; init; }

    /// <summary>Frames (<c>mode</c>). One of <c>single</c>, <c>evenly</c>, <c>interval</c>, <c>scene</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Video Range (%) (<c>range</c>).</summary>
    public ActionRange? Range { get; init; }

    /// <summary>Scene Sensitivity (<c>scene_sensitivity</c>).</summary>
    public double? SceneSensitivity { get; init; }

    /// <summary>Time (%) (<c>time_percent</c>).</summary>
    public double? TimePercent { get; init; }
}

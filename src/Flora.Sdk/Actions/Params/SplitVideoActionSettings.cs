namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>split-video</c> action (<see cref="SplitVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record SplitVideoActionSettings
{
    /// <summary>Scene Sensitivity (<c>scene_sensitivity</c>).</summary>
    public double? SceneSensitivity { get; init; }

    /// <summary>Segment Duration (s) (<c>segment_duration</c>).</summary>
    public double? SegmentDuration { get; init; }

    /// <summary>Number of Segments (<c>segments</c>).</summary>
    public double? Segments { get; init; }

    /// <summary>Split Mode (<c>split_mode</c>). One of <c>equal</c>, <c>duration</c>, <c>scene</c>.</summary>
    public string? SplitMode { get; init; }

    /// <summary>Strip Audio (<c>strip_audio</c>).</summary>
    public bool? StripAudio { get; init; }

    /// <summary>Trim Handles (s) (<c>trim_handles</c>).</summary>
    public double? TrimHandles { get; init; }
}

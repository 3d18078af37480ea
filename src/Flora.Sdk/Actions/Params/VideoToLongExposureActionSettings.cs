namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>video-to-long-exposure</c> action (<see cref="VideoToLongExposureActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record VideoToLongExposureActionSettings
{
    /// <summary>Blend Mode (<c>blend_mode</c>). One of <c>average</c>, <c>lighten</c>, <c>darken</c>.</summary>
    public string? BlendMode { get; init; }

    /// <summary>Frame Stride (sample every N frames) (<c>frame_stride</c>).</summary>
    public double? FrameStride { get; init; }

    /// <summary>Max Frames to Sample (<c>max_frames</c>).</summary>
    public double? MaxFrames { get; init; }
}

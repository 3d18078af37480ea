namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>merge-audio-into-video</c> action (<see cref="MergeAudioIntoVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record MergeAudioIntoVideoActionSettings
{
    /// <summary>Duration (<c>duration</c>). One of <c>shortest</c>, <c>video</c>, <c>audio</c>.</summary>
    public string? Duration { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>split-audio-from-video</c> action (<see cref="SplitAudioFromVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record SplitAudioFromVideoActionSettings
{
    /// <summary>Audio Format (<c>audio_format</c>). One of <c>auto</c>, <c>m4a</c>, <c>mp3</c>, <c>wav</c>.</summary>
    public string? AudioFormat { get; init; }
}

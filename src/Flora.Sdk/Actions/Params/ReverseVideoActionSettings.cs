namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>reverse-video</c> action (<see cref="ReverseVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record ReverseVideoActionSettings
{
    /// <summary>Audio (<c>audio_mode</c>). One of <c>strip</c>, <c>reverse</c>, <c>keep</c>.</summary>
    public string? AudioMode { get; init; }
}

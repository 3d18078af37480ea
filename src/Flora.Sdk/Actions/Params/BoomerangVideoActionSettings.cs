namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>boomerang-video</c> action (<see cref="BoomerangVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record BoomerangVideoActionSettings
{
    /// <summary>Include Audio (<c>include_audio</c>).</summary>
    public bool? IncludeAudio { get; init; }

    /// <summary>Speed (<c>speed</c>).</summary>
    public double? Speed { get; init; }
}

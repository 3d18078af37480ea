namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>speed-up-video</c> action (<see cref="SpeedUpVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record SpeedUpVideoActionSettings
{
    /// <summary>Speed Factor (x) (<c>factor</c>).</summary>
    public double? Factor { get; init; }

    /// <summary>Keep Audio (pitch-preserved) (<c>keep_audio</c>).</summary>
    public bool? KeepAudio { get; init; }
}

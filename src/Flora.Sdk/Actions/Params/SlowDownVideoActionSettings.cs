namespace Flora.Sdk.Models;

/// <summary>
/// The parameters of the <c>slow-down-video</c> action (<see cref="SlowDownVideoActionParams.Params"/>), as FLORA's SDK types them.
/// Every one is optional: one left <see langword="null"/> is not sent, and FLORA uses its default.
/// </summary>
public sealed record SlowDownVideoActionSettings
{
    /// <summary>Slow Factor (x) (<c>factor</c>).</summary>
    public double? Factor { get; init; }

    /// <summary>Keep Audio (pitch-preserved) (<c>keep_audio</c>).</summary>
    public bool? KeepAudio { get; init; }

    /// <summary>Smoothing (<c>smoothing</c>). One of <c>off</c>, <c>blend</c>, <c>motion</c>.</summary>
    public string? Smoothing { get; init; }
}

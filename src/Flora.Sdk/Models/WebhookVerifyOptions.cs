namespace Flora.Sdk.Models;

/// <summary>How <c>FloraWebhooks.Verify</c> and <c>FloraWebhooks.Unwrap</c> check a delivery's timestamp.</summary>
public sealed record WebhookVerifyOptions
{
    /// <summary>The default <see cref="Tolerance"/>: five minutes, as FLORA's own SDK.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far the signed timestamp (<c>t=</c>) may be from now, in the past (a replay) or in the future (a skewed clock).
    /// <see cref="TimeSpan.Zero"/> turns the timestamp check off.
    /// </summary>
    /// <value>Five minutes (<see cref="DefaultTolerance"/>). Must not be negative.</value>
    public TimeSpan Tolerance { get; init; } = DefaultTolerance;

    /// <summary>The clock "now" is read from; a test passes a fake one.</summary>
    /// <value><see langword="null"/>: <see cref="TimeProvider.System"/>.</value>
    public TimeProvider? TimeProvider { get; init; }
}

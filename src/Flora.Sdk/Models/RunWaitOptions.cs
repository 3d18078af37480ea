namespace Flora.Sdk.Models;

/// <summary>How long <c>client.Runs.WaitForCompletionAsync</c> waits for a run to end, and how often it asks.</summary>
public sealed record RunWaitOptions
{
    /// <summary>How long to wait in all before <c>FloraRunNotFinishedException</c>; <see langword="null"/> is 10 minutes.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// The first delay between polls; <see langword="null"/> is 1 second. Each next delay grows ×1.5, up to
    /// max(<see cref="PollInterval"/>, 5 seconds); a <c>Retry-After</c> on a poll wins.
    /// </summary>
    public TimeSpan? PollInterval { get; init; }

    /// <summary>
    /// Told the run after each poll that finds it not yet ended (pending, running, or a status this SDK does not know):
    /// its status and progress, for a progress bar. Reported on the thread that polled; it must not block.
    /// </summary>
    public IProgress<Run>? Progress { get; init; }
}

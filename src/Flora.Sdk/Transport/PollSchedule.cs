namespace Flora.Sdk.Transport;

/// <summary>
/// The pauses of a wait that polls (an asset until it is ready, a run until it ends), on the client's clock: the first
/// look is at once, the first pause is the poll interval (1 s by default), each next pause is half as long again up to
/// 5 s (or the interval, when longer), and the last pause ends at the deadline, where one last look is taken. A longer
/// pause the server asks for (<c>Retry-After</c>) wins over the schedule's, so a wait never asks more often than its schedule.
/// </summary>
internal sealed class PollSchedule
{
    /// <summary>The first pause when the caller sets no poll interval.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause the schedule grows to, unless the poll interval is longer.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly TimeSpan _longest;
    private TimeSpan _pause;

    /// <param name="time">The client's clock.</param>
    /// <param name="timeout">How long the wait may take in all, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="pollInterval">The first pause; null for <see cref="DefaultPollInterval"/>.</param>
    public PollSchedule(TimeProvider time, TimeSpan timeout, TimeSpan? pollInterval)
    {
        _time = time;
        _started = time.GetTimestamp();
        Timeout = timeout;
        _pause = pollInterval ?? DefaultPollInterval;
        _longest = _pause > MaxPause ? _pause : MaxPause;
    }

    /// <summary>How long the wait may take in all.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How long the wait has taken so far.</summary>
    public TimeSpan Waited => _time.GetElapsedTime(_started);

    /// <summary>The pause before the next look, or null when the deadline has passed (the look just taken was the last).</summary>
    /// <param name="serverAsked">The pause the server asked for on the last look (<c>Retry-After</c>); it wins when longer.</param>
    public TimeSpan? Next(TimeSpan? serverAsked = null)
    {
        var pause = serverAsked is { } asked && asked > _pause ? asked : _pause;
        _pause = TimeSpan.FromTicks(Math.Min((long)(_pause.Ticks * 1.5), _longest.Ticks));
        if (Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return pause;
        }

        var remaining = Timeout - Waited;
        return remaining <= TimeSpan.Zero ? null : pause < remaining ? pause : remaining;
    }

    /// <summary>Waits <paramref name="pause"/> on the client's clock.</summary>
    public Task DelayAsync(TimeSpan pause, CancellationToken cancellationToken) => Task.Delay(pause, _time, cancellationToken);
}

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>
/// A clock that runs <c>speed</c> times faster than real time: every timer fires after <c>dueTime / speed</c> and
/// every elapsed time reads <c>speed</c> times longer. The SDK's backoff (0.5 s doubling to 8 s) is not configurable,
/// so chaos runs use it to keep backoffs small while the SDK still computes them its own way. Configure attempt
/// timeouts in "fast" time: with speed 10, a <c>Timeout</c> of 3 s is 300 ms of real time.
/// </summary>
internal sealed class ScaledTimeProvider(double speed) : TimeProvider
{
    private readonly long _origin = Real.GetTimestamp();

    public double Speed { get; } = speed;

    public override DateTimeOffset GetUtcNow() => Real.GetUtcNow();

    public override long GetTimestamp() => _origin + (long)((Real.GetTimestamp() - _origin) * Speed);

    public override long TimestampFrequency => Real.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Real.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan value) =>
        value == Timeout.InfiniteTimeSpan || value == TimeSpan.Zero ? value : TimeSpan.FromTicks(Math.Max(1, (long)(value.Ticks / Speed)));

    private static TimeProvider Real => TimeProvider.System;
}

using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer created on it (retry waits, attempt timeouts, polls),
/// so a test can see exactly how long the SDK decided to wait and advance the clock by that much. Nothing sleeps.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    /// <summary>A real-time guard only: a test that makes no progress fails instead of hanging.</summary>
    private static readonly TimeSpan s_guard = TimeSpan.FromSeconds(30);

    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public TestClock()
        : base(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public TestClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Every due time of every timer created so far, in order.</summary>
    public List<TimeSpan> CreatedTimers { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (CreatedTimers)
            {
                CreatedTimers.Add(dueTime);
            }

            _timers.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Waits (in real time, bounded) until the SDK creates its next timer, and returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var guard = new CancellationTokenSource(s_guard);
        return await _timers.Reader.ReadAsync(guard.Token);
    }

    /// <summary>Advances the clock by each timer's due time as the SDK creates it, until <paramref name="task"/> ends.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await DriveAsync(task);
        return await task;
    }

    /// <summary>Advances the clock by each timer's due time as the SDK creates it, until <paramref name="task"/> ends.</summary>
    public async Task RunAsync(Task task)
    {
        await DriveAsync(task);
        await task;
    }

    private async Task DriveAsync(Task task)
    {
        using var guard = new CancellationTokenSource(s_guard);
        while (!task.IsCompleted)
        {
            var ready = _timers.Reader.WaitToReadAsync(guard.Token).AsTask();
            if (await Task.WhenAny(task, ready) == task)
            {
                return;
            }

            await ready;
            while (_timers.Reader.TryRead(out var due))
            {
                Advance(due);
            }
        }
    }
}

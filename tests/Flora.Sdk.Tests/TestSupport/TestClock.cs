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

    /// <summary>
    /// When set, the clock is not driven by the test: any timer other than the attempt timeout (this value) is a wait the
    /// test did not expect (an unexpected retry or poll), and fails the test at once instead of hanging it forever.
    /// </summary>
    public TimeSpan? UndrivenAttemptTimeout { get; set; }

    /// <summary>Every due time of every timer created so far, in order.</summary>
    public List<TimeSpan> CreatedTimers { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (UndrivenAttemptTimeout is { } allowed && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan && dueTime != allowed)
        {
            throw new Xunit.Sdk.XunitException(
                $"The SDK started a {dueTime} wait, but this test does not drive the clock: an unexpected retry or poll? " +
                "Drive it with TestClock.RunAsync if the wait is intended.");
        }

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

    /// <summary>Takes the due time of the oldest timer not yet taken, if the SDK created one, without waiting.</summary>
    public bool TryTakeTimer(out TimeSpan due) => _timers.Reader.TryRead(out due);

    /// <summary>Advances the clock by each timer's due time as the SDK creates it, until <paramref name="task"/> ends.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, Func<TimeSpan, Task>? beforeAdvance = null)
    {
        await DriveAsync(task, beforeAdvance);
        return await task;
    }

    /// <summary>Advances the clock by each timer's due time as the SDK creates it, until <paramref name="task"/> ends.</summary>
    public async Task RunAsync(Task task, Func<TimeSpan, Task>? beforeAdvance = null)
    {
        await DriveAsync(task, beforeAdvance);
        await task;
    }

    /// <param name="beforeAdvance">Awaited before each advance, to let the SDK reach a point (e.g. its request arriving) first.</param>
    private async Task DriveAsync(Task task, Func<TimeSpan, Task>? beforeAdvance)
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
                if (beforeAdvance is not null)
                {
                    await beforeAdvance(due);
                }

                Advance(due);
            }
        }
    }
}

using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.Tests.Transport;

/// <summary>
/// One attempt's timeout on the client's clock: its deadline, a restart pushing it back, the caller's token linked in,
/// and (on the SDK's .NET build) the pool that reuses sources of attempts that ended well before their deadline.
/// </summary>
public class AttemptTimeoutTests
{
    private static readonly TimeSpan s_tick = TimeSpan.FromTicks(1);

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Start_Finite_CancelsExactlyAtTheDeadline()
    {
        using var timeout = new AttemptTimeouts(_clock).Start(TimeSpan.FromSeconds(2), CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(2) - s_tick);
        Assert.False(timeout.Token.IsCancellationRequested);

        _clock.Advance(s_tick);
        Assert.True(timeout.Token.IsCancellationRequested);
    }

    [Fact]
    public void Start_Infinite_IsTheCallersTokenAndNeverFires()
    {
        using var caller = new CancellationTokenSource();
        using var timeout = new AttemptTimeouts(_clock).Start(Timeout.InfiniteTimeSpan, caller.Token);

        Assert.Equal(caller.Token, timeout.Token);
        _clock.Advance(TimeSpan.FromDays(30));
        timeout.Restart();
        Assert.False(timeout.Token.IsCancellationRequested);
    }

    [Fact]
    public void Start_CallerCancels_CancelsTheAttemptToken()
    {
        using var caller = new CancellationTokenSource();
        using var timeout = new AttemptTimeouts(_clock).Start(TimeSpan.FromSeconds(10), caller.Token);

        caller.Cancel();

        Assert.True(timeout.Token.IsCancellationRequested);
    }

    [Fact]
    public void Restart_BeforeTheDeadline_GivesAFullTimeoutFromNow()
    {
        using var timeout = new AttemptTimeouts(_clock).Start(TimeSpan.FromSeconds(2), CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(1.5));
        timeout.Restart();
        _clock.Advance(TimeSpan.FromSeconds(2) - s_tick);
        Assert.False(timeout.Token.IsCancellationRequested);

        _clock.Advance(s_tick);
        Assert.True(timeout.Token.IsCancellationRequested);
    }

    // The pool only ever holds sources of the system clock: the runtime's TryReset refuses a source whose timer came from
    // another TimeProvider. So these tests run on the real clock, with deadlines far from anything a test could reach.

    [Fact]
    public async Task Dispose_WellBeforeTheDeadline_NextAttemptReusesItArmedWithItsOwnTimeout()
    {
        var timeouts = new AttemptTimeouts(TimeProvider.System);
        var first = timeouts.Start(TimeSpan.FromHours(1), CancellationToken.None);
        first.Dispose();

        using var second = timeouts.Start(TimeSpan.FromMilliseconds(50), CancellationToken.None);

        Assert.Equal(!SdkBuild.IsNetStandard, ReferenceEquals(first, second));
        await Task.Delay(Timeout.Infinite, second.Token).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(second.Token.IsCancellationRequested);
    }

    [Fact]
    public void Dispose_Reused_LinksOnlyTheNewCallersToken()
    {
        var timeouts = new AttemptTimeouts(TimeProvider.System);
        using var firstCaller = new CancellationTokenSource();
        using var secondCaller = new CancellationTokenSource();
        var first = timeouts.Start(TimeSpan.FromHours(1), firstCaller.Token);
        first.Dispose();

        using var second = timeouts.Start(TimeSpan.FromHours(1), secondCaller.Token);
        Assert.Equal(!SdkBuild.IsNetStandard, ReferenceEquals(first, second));
        firstCaller.Cancel();
        Assert.False(second.Token.IsCancellationRequested);

        secondCaller.Cancel();
        Assert.True(second.Token.IsCancellationRequested);
    }

    [Fact]
    public void Dispose_TimeoutNoLongerThanTheMargin_IsNeverReused()
    {
        // Only a source that ended over a second before its deadline is kept: its timer cannot be firing while it is reset.
        var timeouts = new AttemptTimeouts(TimeProvider.System);
        var first = timeouts.Start(TimeSpan.FromSeconds(1), CancellationToken.None);
        first.Dispose();

        using var second = timeouts.Start(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.NotSame(first, second);
    }

    [Fact]
    public void Dispose_PoolFull_KeepsTwicePerCoreBetweenFourAndThirtyTwo()
    {
        var capacity = Math.Min(Math.Max(Environment.ProcessorCount * 2, 4), 32);
        var timeouts = new AttemptTimeouts(TimeProvider.System);
        var ended = Enumerable.Range(0, capacity + 1).Select(_ => timeouts.Start(TimeSpan.FromHours(1), CancellationToken.None)).ToList();
        ended.ForEach(t => t.Dispose());

        var next = Enumerable.Range(0, capacity + 1).Select(_ => timeouts.Start(TimeSpan.FromHours(1), CancellationToken.None)).ToList();

        Assert.Equal(SdkBuild.IsNetStandard ? 0 : capacity, next.Count(ended.Contains));
        Assert.Equal(capacity + 1, next.Distinct().Count());
        next.ForEach(t => t.Dispose());
    }
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The send loop's attempt timeouts and the caller's cancellation, on a fake clock.</summary>
public class SendLoopTests
{
    [Fact]
    public async Task RetrieveAsync_EveryAttemptTimesOut_ThrowsTimeoutExceptionAfterRetries()
    {
        var clock = new TestClock();
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = api.Client(clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(2);
            o.MaxRetries = 2;
        });

        var ex = await Assert.ThrowsAsync<FloraTimeoutException>(() =>
            clock.RunAsync(client.Assets.RetrieveAsync("asset_1"), AfterRequestArrived(api, TimeSpan.FromSeconds(2))));

        await api.SettleAsync(clock);
        Assert.Equal(3, api.Count);
        Assert.Equal(3, clock.CreatedTimers.Count(t => t == TimeSpan.FromSeconds(2)));
        Assert.Contains("2 s", ex.Message);
        Assert.IsAssignableFrom<FloraConnectionException>(ex);
        var timeout = Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.IsAssignableFrom<OperationCanceledException>(timeout.InnerException); // the cause chain is kept inside
    }

    [Fact]
    public async Task RetrieveAsync_DefaultTimeout_IsSixtySecondsPerAttempt()
    {
        var clock = new TestClock();
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = TestClient.Create(api.Handler, o =>
        {
            o.TimeProvider = clock;
            o.MaxRetries = 0;
        });

        await Assert.ThrowsAsync<FloraTimeoutException>(() =>
            clock.RunAsync(client.Assets.RetrieveAsync("asset_1"), AfterRequestArrived(api, TimeSpan.FromSeconds(60))));

        await api.SettleAsync(clock);
        Assert.Equal([TimeSpan.FromSeconds(60)], clock.CreatedTimers);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_RequestOptionsTimeout_OverridesClientTimeout()
    {
        var clock = new TestClock();
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = api.Client(clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(30);
            o.MaxRetries = 0;
        });

        var ex = await Assert.ThrowsAsync<FloraTimeoutException>(() =>
            clock.RunAsync(
                client.Assets.RetrieveAsync("asset_1", new RequestOptions { Timeout = TimeSpan.FromMilliseconds(500) }),
                AfterRequestArrived(api, TimeSpan.FromMilliseconds(500))));

        Assert.Equal([TimeSpan.FromMilliseconds(500)], clock.CreatedTimers);
        Assert.Contains("500 ms", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_TimeoutNotReached_DoesNotTimeOut()
    {
        var clock = new TestClock();
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = api.Client(clock, o => o.Timeout = TimeSpan.FromSeconds(10));

        var call = client.Assets.RetrieveAsync("asset_1");
        Assert.Equal(TimeSpan.FromSeconds(10), await clock.NextTimerAsync());
        await api.WaitForCountAsync(1);
        clock.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        await api.SettleAsync(clock);

        Assert.False(call.IsCompleted);
        Assert.Equal(1, api.Count);
        clock.Advance(TimeSpan.FromTicks(1));
        await Assert.ThrowsAsync<FloraTimeoutException>(() => clock.RunAsync(call));
    }

    [Fact]
    public async Task RetrieveAsync_CallerCancelsDuringAttempt_ThrowsOperationCanceledNotTimeoutAndDoesNotRetry()
    {
        var clock = new TestClock();
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = api.Client(clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.MaxRetries = 3;
        });
        using var cts = new CancellationTokenSource();

        var call = client.Assets.RetrieveAsync("asset_1", cancellationToken: cts.Token);
        await api.WaitForCountAsync(1);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<FloraTimeoutException>(ex);
        clock.Advance(TimeSpan.FromMinutes(5));
        await api.SettleAsync(clock);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task CreateAsync_AlreadyCancelledToken_ThrowsOperationCanceledWithoutSending()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Create));
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Assets.CreateAsync(
            new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" },
            cancellationToken: new CancellationToken(canceled: true)));

        await api.SettleAsync();
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_ConnectionFailure_MessageNeverContainsKey()
    {
        var api = new StubApi().OnAny(Reply.Throw(new HttpRequestException("refused")));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<FloraConnectionException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.DoesNotContain(TestClient.ApiKey, ex.ToString());
    }

    [Fact]
    public async Task RetrieveAsync_IoFailure_IsAConnectionException()
    {
        var api = new StubApi().OnAny(Reply.Throw(new IOException("broken pipe")));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<FloraConnectionException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.IsType<IOException>(ex.InnerException);
    }

    [Fact]
    public async Task CreateAsync_Status201_IsAccepted()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();

        var asset = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" });

        Assert.Equal("asset_abc123", asset.AssetId);
    }

    /// <summary>Before the clock passes an attempt timeout, waits until that attempt's request reached the handler.</summary>
    private static Func<TimeSpan, Task> AfterRequestArrived(StubApi api, TimeSpan attemptTimeout)
    {
        var attempts = 0;
        return due => due == attemptTimeout ? api.WaitForCountAsync(++attempts) : Task.CompletedTask;
    }
}

using System.Globalization;
using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>Transport retries: which failures, how many attempts, how long each wait (on a fake clock), and the idempotency key.</summary>
public partial class RetryRulesTests
{
    private static readonly AssetCreateParams s_create = new() { Source = AssetSource.SignedUrl, WorkspaceId = "ws_abc123" };

    [Theory]
    [InlineData(408, typeof(FloraApiException))]
    [InlineData(429, typeof(FloraRateLimitException))]
    [InlineData(500, typeof(FloraInternalServerException))]
    [InlineData(502, typeof(FloraInternalServerException))]
    [InlineData(503, typeof(FloraInternalServerException))]
    [InlineData(504, typeof(FloraInternalServerException))]
    public async Task RetrieveAsync_RetryableStatus_TriesMaxRetriesPlusOneTimes(int status, Type expected)
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Error((HttpStatusCode)status, "x", "transient"));
        using var client = api.Client(clock, o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAnyAsync<FloraApiException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        Assert.IsType(expected, ex);
        await AssertFinalCountAsync(api, clock, 3);
    }

    [Fact]
    public async Task RetrieveAsync_ConnectionFailure_RetriesThenThrowsConnectionException()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Throw(new HttpRequestException("Connection refused")));
        using var client = api.Client(clock, o => o.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<FloraConnectionException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Contains("api.flora.test", ex.Message);
        await AssertFinalCountAsync(api, clock, 3);
    }

    [Fact]
    public async Task RetrieveAsync_TransientThenSuccess_ReturnsTheSuccess()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(
            Reply.Status(HttpStatusCode.ServiceUnavailable),
            Reply.Throw(new HttpRequestException("reset")),
            Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        var asset = await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));

        Assert.Equal("asset_abc123", asset.AssetId);
        await AssertFinalCountAsync(api, clock, 3);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(5, 6)]
    public async Task RetrieveAsync_ClientMaxRetries_IsHonoured(int maxRetries, int expectedAttempts)
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.BadGateway));
        using var client = api.Client(clock, o => o.MaxRetries = maxRetries);

        await Assert.ThrowsAsync<FloraInternalServerException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        await AssertFinalCountAsync(api, clock, expectedAttempts);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(4, 5)]
    public async Task RetrieveAsync_RequestOptionsMaxRetries_OverridesClientSetting(int maxRetries, int expectedAttempts)
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.InternalServerError));
        using var client = api.Client(clock, o => o.MaxRetries = 2);

        await Assert.ThrowsAsync<FloraInternalServerException>(() =>
            clock.RunAsync(client.Assets.RetrieveAsync("asset_1", new RequestOptions { MaxRetries = maxRetries })));

        await AssertFinalCountAsync(api, clock, expectedAttempts);
    }

    [Fact]
    public async Task CreateAsync_Retried_SendsTheSameGeneratedIdempotencyKeyOnEveryAttempt()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(
            Reply.Status(HttpStatusCode.ServiceUnavailable),
            Reply.Throw(new HttpRequestException("reset")),
            Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client(clock);

        await clock.RunAsync(client.Assets.CreateAsync(s_create));
        await AssertFinalCountAsync(api, clock, 3);

        var keys = api.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.Equal(3, keys.Count);
        Assert.True(Guid.TryParse(keys[0], out _));
        Assert.All(keys, k => Assert.Equal(keys[0], k));
        Assert.All(api.Requests, r => Assert.Equal("""{"source":"signed-url","workspace_id":"ws_abc123"}""", r.BodyText));
    }

    [Fact]
    public async Task CompleteAsync_RetriedWithCallerKey_SendsTheCallersKeyOnEveryAttempt()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.TooManyRequests), Reply.Status(HttpStatusCode.BadGateway), Reply.Fixture(Fixtures.Complete));
        using var client = api.Client(clock);

        await clock.RunAsync(client.Assets.CompleteAsync("asset_abc123", new RequestOptions { IdempotencyKey = "caller-key-42" }));

        await AssertFinalCountAsync(api, clock, 3);
        Assert.All(api.Requests, r => Assert.Equal("caller-key-42", r.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task RetrieveAsync_RetryAfterSeconds_WaitsExactlyThatLong()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "5")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        var call = client.Assets.RetrieveAsync("asset_abc123");
        await AssertRetryWaitsAsync(clock, api, call, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task RetrieveAsync_RetryAfterHttpDate_WaitsUntilThatDate()
    {
        var clock = new TestClock();
        var date = clock.GetUtcNow().AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.TooManyRequests, ("Retry-After", date)), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        var call = client.Assets.RetrieveAsync("asset_abc123");
        await AssertRetryWaitsAsync(clock, api, call, TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task RetrieveAsync_RetryAfterMs_WaitsThatManyMilliseconds()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("retry-after-ms", "1500")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        var call = client.Assets.RetrieveAsync("asset_abc123");
        await AssertRetryWaitsAsync(clock, api, call, TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task RetrieveAsync_RetryAfterMsAndRetryAfter_PrefersMilliseconds()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(
            Reply.Status(HttpStatusCode.ServiceUnavailable, ("retry-after-ms", "250"), ("Retry-After", "9")),
            Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        var call = client.Assets.RetrieveAsync("asset_abc123");
        await AssertRetryWaitsAsync(clock, api, call, TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task RetrieveAsync_RetryAfterOverSixtySeconds_FallsBackToCappedBackoff()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "3600")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        var call = client.Assets.RetrieveAsync("asset_abc123");
        var wait = await clock.NextTimerAsync();

        Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(8));
        clock.Advance(wait);
        await call;
        await AssertFinalCountAsync(api, clock, 2);
    }

    [Fact]
    public async Task RetrieveAsync_NoRetryHeaders_BacksOffExponentiallyUpToEightSeconds()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable));
        using var client = api.Client(clock, o => o.MaxRetries = 8);

        await Assert.ThrowsAsync<FloraInternalServerException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        await AssertFinalCountAsync(api, clock, 9);
        Assert.Equal(8, clock.CreatedTimers.Count);
        for (var retry = 0; retry < 8; retry++)
        {
            // README "Retries": 0.5 s × 2^n capped at 8 s, each wait 75-100 % of that (the jitter).
            var nominal = TimeSpan.FromMilliseconds(Math.Min(500 * Math.Pow(2, retry), 8000));
            Assert.InRange(clock.CreatedTimers[retry], nominal * 0.75, nominal);
        }
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    [InlineData(501)]
    [InlineData(505)]
    public async Task RetrieveAsync_NonRetryableStatus_TriesOnce(int status)
    {
        var api = new StubApi().OnAny(Reply.Error((HttpStatusCode)status, "x", "permanent"), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(o => o.MaxRetries = 3);

        await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.RetrieveAsync("asset_1"));

        await AssertFinalCountAsync(api, null, 1);
    }

    [Fact]
    public async Task CompleteAsync_IdempotencyDuplicate_IsNotRetried()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "Duplicate key"), Reply.Fixture(Fixtures.Complete));
        using var client = api.Client(o => o.MaxRetries = 3);

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() => client.Assets.CompleteAsync("asset_1"));

        Assert.Equal("idempotency_duplicate", ex.ErrorCode);
        Assert.Contains("Idempotency-Key", ex.Message);
        await AssertFinalCountAsync(api, null, 1);
    }

    [Fact]
    public async Task CompleteAsync_IdempotencyDuplicateWithShouldRetryTrue_IsNotRetried()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "Duplicate key", ("x-should-retry", "true")),
            Reply.Fixture(Fixtures.Complete));
        using var client = api.Client(o => o.MaxRetries = 3);

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() => client.Assets.CompleteAsync("asset_1"));

        Assert.Equal("idempotency_duplicate", ex.ErrorCode);
        await AssertFinalCountAsync(api, null, 1);
    }

    [Fact]
    public async Task RetrieveAsync_ShouldRetryFalseOn503_StopsAfterOneAttempt()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("x-should-retry", "false")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(o => o.MaxRetries = 3);

        await Assert.ThrowsAsync<FloraInternalServerException>(() => client.Assets.RetrieveAsync("asset_1"));

        await AssertFinalCountAsync(api, null, 1);
    }

    [Fact]
    public async Task RetrieveAsync_ShouldRetryTrueOn400_Retries()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.BadRequest, "x", "try again", ("x-should-retry", "true")));
        using var client = api.Client(clock, o => o.MaxRetries = 2);

        await Assert.ThrowsAsync<FloraBadRequestException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        await AssertFinalCountAsync(api, clock, 3);
    }

    [Fact]
    public async Task RetrieveAsync_CallerCancelsDuringRetryWait_ThrowsOperationCanceledWithoutRetrying()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "5")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);
        using var cts = new CancellationTokenSource();

        var call = client.Assets.RetrieveAsync("asset_1", cancellationToken: cts.Token);
        await clock.NextTimerAsync();
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<FloraTimeoutException>(ex);
        await AssertFinalCountAsync(api, clock, 1);
    }

    /// <summary>
    /// Counts once the SDK has gone quiet, after moving the clock past any wait it could still have pending, so that an
    /// extra attempt it should not make is counted, not missed because it was still on its way.
    /// </summary>
    private static async Task AssertFinalCountAsync(StubApi api, TestClock? clock, int expected)
    {
        clock?.Advance(TimeSpan.FromMinutes(1));
        await api.SettleAsync(clock);
        Assert.Equal(expected, api.Count);
    }

    /// <summary>The retry must not happen before the fake clock passes <paramref name="expected"/>, and must happen once it does.</summary>
    private static async Task AssertRetryWaitsAsync<T>(TestClock clock, StubApi api, Task<T> call, TimeSpan expected)
    {
        var wait = await clock.NextTimerAsync();
        Assert.Equal(expected, wait);

        clock.Advance(expected - TimeSpan.FromMilliseconds(1));
        await api.SettleAsync(clock);
        Assert.Equal(1, api.Count);
        Assert.False(call.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await call;
        await AssertFinalCountAsync(api, clock, 2);
    }
}

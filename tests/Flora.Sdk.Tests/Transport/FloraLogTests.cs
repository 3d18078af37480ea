using System.Net;
using Flora.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The SDK's log lines identify attempts and retries, and never carry the key or bodies.</summary>
public class FloraLogTests
{
    [Fact]
    public async Task RetrieveAsync_RetriedCall_LogsAttemptsAndTheRetryWithoutTheKey()
    {
        var clock = new TestClock();
        var provider = new FakeLoggerProvider();
        using var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        var api = new StubApi().OnAny(
            Reply.Json("{\"error\":{\"code\":\"service_unavailable\",\"message\":\"echo " + TestClient.ApiKey + "\"}}", HttpStatusCode.ServiceUnavailable,
                ("Retry-After", "2"), ("request-id", "req_log1")),
            Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock, o => o.LoggerFactory = factory);

        await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));

        var logs = provider.Collector.GetSnapshot();
        Assert.Contains(logs, l => l.Level == LogLevel.Warning && l.Message.Contains("Retrying FLORA GET /assets/asset_abc123 in 2000 ms after attempt 1", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Level == LogLevel.Debug && l.Message.Contains("answered 503", StringComparison.Ordinal) && l.Message.Contains("req_log1", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Level == LogLevel.Debug && l.Message.Contains("answered 200", StringComparison.Ordinal));
        Assert.All(logs, l => Assert.DoesNotContain(TestClient.ApiKey, l.Message));
    }

    [Fact]
    public async Task RetrieveAsync_ConnectionFailure_LogsTheFailedAttempt()
    {
        var provider = new FakeLoggerProvider();
        using var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        var api = new StubApi().OnAny(Reply.Throw(new HttpRequestException("Connection refused")));
        using var client = api.Client(o =>
        {
            o.LoggerFactory = factory;
            o.MaxRetries = 0;
        });

        await Assert.ThrowsAsync<FloraConnectionException>(() => client.Assets.RetrieveAsync("asset_1"));

        var line = Assert.Single(provider.Collector.GetSnapshot());
        Assert.Contains("failed without a response", line.Message);
        Assert.Contains("Connection refused", line.Message);
    }

    [Fact]
    public async Task RetrieveAsync_AttemptTimesOut_LogsTimeoutAsTheReason()
    {
        var clock = new TestClock();
        var provider = new FakeLoggerProvider();
        using var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        var api = new StubApi().Hang(HttpMethod.Get, "assets/asset_1");
        using var client = api.Client(clock, o =>
        {
            o.LoggerFactory = factory;
            o.Timeout = TimeSpan.FromSeconds(2);
            o.MaxRetries = 0;
        });

        var call = client.Assets.RetrieveAsync("asset_1");
        await api.WaitForCountAsync(1);
        clock.Advance(TimeSpan.FromSeconds(2));
        await Assert.ThrowsAsync<FloraTimeoutException>(() => call);

        var line = Assert.Single(provider.Collector.GetSnapshot());
        Assert.StartsWith("FLORA GET /assets/asset_1 failed without a response after ", line.Message);
        Assert.EndsWith(" ms (attempt 1): timeout", line.Message);
    }

    [Fact]
    public async Task ListAsync_RetriedTwice_LogsEachRetryWithItsAttemptAndNoQueryOrKey()
    {
        var clock = new TestClock();
        var provider = new FakeLoggerProvider();
        using var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        var api = new StubApi().OnAny(
            Reply.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "1"), ("request-id", "req_" + TestClient.ApiKey)),
            Reply.Error(HttpStatusCode.TooManyRequests, "rate_limited", "slow", ("retry-after-ms", "250")),
            Reply.Json("""{"assets":[]}"""));
        using var client = api.Client(clock, o => o.LoggerFactory = factory);

        await clock.RunAsync(client.Assets.WithRawResponse.ListPageAsync(new Flora.Sdk.Models.AssetListParams { Query = "secret plan" }));

        var messages = provider.Collector.GetSnapshot().Select(l => l.Message).ToList();
        Assert.Contains("Retrying FLORA GET /assets in 1000 ms after attempt 1: status 503", messages);
        Assert.Contains("Retrying FLORA GET /assets in 250 ms after attempt 2: status 429 rate_limited", messages);
        Assert.Contains(messages, m => m.StartsWith("FLORA GET /assets answered 503 in ", StringComparison.Ordinal) && m.EndsWith(" ms (attempt 1, request id req_[redacted])", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("FLORA GET /assets answered 200 in ", StringComparison.Ordinal) && m.EndsWith(" ms (attempt 3, request id (null))", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain("secret", m));
    }

    [Fact]
    public async Task RetrieveAsync_LoggingAboveDebug_LogsOnlyTheRetryWarning()
    {
        var clock = new TestClock();
        var provider = new FakeLoggerProvider();
        using var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Warning });
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "1")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock, o => o.LoggerFactory = factory);

        await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));

        var line = Assert.Single(provider.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal(3, line.Id.Id);
    }
}

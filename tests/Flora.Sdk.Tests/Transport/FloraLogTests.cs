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
}

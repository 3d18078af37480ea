using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flora.Sdk.DependencyInjectionTests;

public sealed class LoggingTests
{
    private const string Key = "sk_live_secret_never_logged_42";

    private static ServiceProvider Build(StubHandler stub)
    {
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        services.AddFloraClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = new Uri("http://127.0.0.1:5999/api/v1");
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task RetrieveAsync_RetriedOnce_LogsOneDebugLinePerAttemptAndAWarningForTheRetry()
    {
        var stub = new StubHandler()
            .Then(() => StubHandler.Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"service_unavailable","message":"busy"}}""", "req_first", ("retry-after-ms", "1")))
            .Then(() => StubHandler.Json(HttpStatusCode.OK, StubHandler.RetrieveBody, "req_second"));
        using var provider = Build(stub);

        await provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync("asset_1");

        var flora = provider.GetFakeLogCollector().GetSnapshot().Where(r => r.Category == "Flora.Sdk").ToList();
        var debug = flora.Where(r => r.Level == LogLevel.Debug).Select(r => r.Message).ToList();
        Assert.Equal(2, debug.Count);
        Assert.StartsWith("FLORA GET /assets/asset_1 answered 503 in ", debug[0], StringComparison.Ordinal);
        Assert.EndsWith("(attempt 1, request id req_first)", debug[0], StringComparison.Ordinal);
        Assert.StartsWith("FLORA GET /assets/asset_1 answered 200 in ", debug[1], StringComparison.Ordinal);
        Assert.EndsWith("(attempt 2, request id req_second)", debug[1], StringComparison.Ordinal);
        var warning = Assert.Single(flora, r => r.Level == LogLevel.Warning);
        Assert.StartsWith("Retrying FLORA GET /assets/asset_1 in ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("after attempt 1", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, flora.Count);
    }

    [Fact]
    public async Task Logs_EveryCategoryAtTrace_NeverContainTheApiKey()
    {
        var stub = new StubHandler()
            .Then(() => StubHandler.Json(HttpStatusCode.InternalServerError, """{"error":{"code":"unknown_error","message":"bad key """ + Key + "\"}}", "req_1", ("retry-after-ms", "1")))
            .Then(() => StubHandler.Json(HttpStatusCode.Unauthorized, """{"error":{"code":"invalid_api_key","message":"key """ + Key + " is not valid\"}}", "req_2"));
        using var provider = Build(stub);

        var ex = await Assert.ThrowsAsync<FloraAuthenticationException>(() => provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync("asset_1"));

        var records = provider.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(records);
        Assert.Equal(2, records.Count(r => r.Category == "Flora.Sdk" && r.Level == LogLevel.Debug));
        // IHttpClientFactory's logger puts the raw Authorization value in its Trace-level structured state: it is removed.
        Assert.DoesNotContain(records, r => r.Category != null && r.Category.StartsWith("System.Net.Http.HttpClient.Flora.Sdk", StringComparison.Ordinal));
        foreach (var record in records)
        {
            Assert.DoesNotContain(Key, record.Message, StringComparison.Ordinal);
            foreach (var (name, value) in record.StructuredState ?? [])
            {
                Assert.False((value ?? string.Empty).Contains(Key, StringComparison.Ordinal), $"{record.Category} {record.Level} {name}: {value}");
            }
        }

        Assert.DoesNotContain(Key, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionsLoggerFactory_WhenSet_WinsOverTheAppsLoggerFactory()
    {
        var stub = new StubHandler();
        var own = new FakeLogCollector();
        using var ownFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(own)));
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddFloraClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = new Uri("http://127.0.0.1:5999/api/v1");
            o.LoggerFactory = ownFactory;
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync("asset_1");

        Assert.Single(own.GetSnapshot(), r => r.Category == "Flora.Sdk");
        Assert.DoesNotContain(provider.GetFakeLogCollector().GetSnapshot(), r => r.Category == "Flora.Sdk");
    }
}

using System.Net;
using Flora.Sdk.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Flora.Sdk.DependencyInjectionTests;

/// <summary>
/// <c>AddStandardResilienceHandler()</c> over <c>AddFloraClient</c> with <c>MaxRetries = 0</c>, as docs/usage.md
/// recommends: the handler's retries are the only ones, and every attempt carries the call's one idempotency key.
/// </summary>
public sealed class ResilienceHandlerTests
{
    private const string Created = """{"asset_id":"asset_1","status":"pending_upload","workspace_id":"ws_1"}""";
    private static readonly AssetCreateParams s_create = new() { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" };

    [Fact]
    public async Task StandardResilienceHandler_MaxRetriesZero_HandlerRetriesWithTheSameIdempotencyKey()
    {
        var stub = new StubHandler()
            .Then(() => Unavailable())
            .Then(() => Unavailable())
            .Then(() => StubHandler.Json(HttpStatusCode.Created, Created));
        using var provider = Provider(stub, maxRetries: 0);

        var created = await provider.GetRequiredService<IFloraClient>().Assets.CreateAsync(s_create);

        Assert.Equal("asset_1", created.AssetId);
        var keys = stub.Requests.Select(r => r.Headers.GetValues("Idempotency-Key").Single()).ToList();
        Assert.Equal(3, keys.Count);
        Assert.Single(keys.Distinct());
    }

    [Fact]
    public async Task StandardResilienceHandler_MaxRetriesZero_NoDoubleRetries()
    {
        var stub = new StubHandler().Then(() => Unavailable());
        using var provider = Provider(stub, maxRetries: 0);

        var error = await Assert.ThrowsAsync<FloraInternalServerException>(() => provider.GetRequiredService<IFloraClient>().Assets.CreateAsync(s_create));

        // The handler's first attempt and its 3 retries; the SDK adds none.
        Assert.Equal(503, (int)error.StatusCode);
        Assert.Equal(1 + HandlerRetries, stub.Requests.Count);
        Assert.Single(stub.Requests.Select(r => r.Headers.GetValues("Idempotency-Key").Single()).Distinct());
    }

    [Fact]
    public async Task StandardResilienceHandler_SdkRetriesLeftOn_AttemptsMultiply()
    {
        // Why MaxRetries = 0 is recommended: left at its default, each of the SDK's attempts is retried by the handler.
        var stub = new StubHandler().Then(() => Unavailable());
        using var provider = Provider(stub, maxRetries: 2);

        await Assert.ThrowsAsync<FloraInternalServerException>(() => provider.GetRequiredService<IFloraClient>().Assets.CreateAsync(s_create));

        Assert.Equal(3 * (1 + HandlerRetries), stub.Requests.Count);
    }

    /// <summary>The standard handler's default retry count.</summary>
    private static int HandlerRetries => new HttpStandardResilienceOptions().Retry.MaxRetryAttempts;

    private static HttpResponseMessage Unavailable() =>
        StubHandler.Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":"service_unavailable","message":"try later"}}""");

    private static ServiceProvider Provider(StubHandler stub, int maxRetries)
    {
        var services = new ServiceCollection();
        services.AddFloraClient(o =>
            {
                o.ApiKey = "sk_test_resilience";
                o.BaseUrl = new Uri("http://127.0.0.1:5999/api/v1/");
                o.MaxRetries = maxRetries;

                // The SDK's own retry waits fire at once (no attempt timeout is set, so no other timer exists): nothing sleeps.
                o.TimeProvider = new ImmediateDelays();
                o.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => stub)
            .AddStandardResilienceHandler(o =>
            {
                // No waiting between the handler's attempts: the test checks counts and keys, not backoff.
                o.Retry.Delay = TimeSpan.Zero;
                o.Retry.UseJitter = false;
            });
        return services.BuildServiceProvider();
    }

    /// <summary>A clock whose timers all fire at once: the SDK's retry backoff costs no real time.</summary>
    private sealed class ImmediateDelays : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}

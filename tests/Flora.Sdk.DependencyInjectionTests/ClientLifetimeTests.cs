using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Flora.Sdk.DependencyInjectionTests;

/// <summary>
/// One client per name for the container's lifetime (not a transient <see cref="IDisposable"/> per resolution), whose
/// handlers <c>IHttpClientFactory</c> still rotates.
/// </summary>
public sealed class ClientLifetimeTests
{
    private const string Key = "sk_test_lifetime_key";
    private static readonly Uri s_baseUrl = new("http://127.0.0.1:5999/api/v1");

    [Fact]
    public void Resolve_1000TimesFromTheRoot_ReturnsOneInstanceAndDoesNotGrow()
    {
        var handlersCreated = 0;
        var services = new ServiceCollection();
        services.AddFloraClient(Configure).ConfigurePrimaryHttpMessageHandler(() =>
        {
            Interlocked.Increment(ref handlersCreated);
            return new StubHandler();
        });
        using var provider = services.BuildServiceProvider();
        var first = provider.GetRequiredService<IFloraClient>();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var distinct = new HashSet<IFloraClient>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < 1000; i++)
        {
            distinct.Add(provider.GetRequiredService<IFloraClient>());
        }

        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Same(first, Assert.Single(distinct));
        Assert.Same(first, provider.GetRequiredService<FloraClient>());

        // 1,000 transient clients kept by the root provider (they are IDisposable) grow it by megabytes; one client does not.
        Assert.True(grown < 256 * 1024, $"The root provider grew by {grown} bytes over 1,000 resolutions.");
        Assert.True(handlersCreated <= 1, $"{handlersCreated} primary handlers were created without a request being sent.");
    }

    [Fact]
    public void ResolveNamed_KeyedAndFromTheFactory_AreOneInstance()
    {
        var services = new ServiceCollection();
        services.AddFloraClient("brand-a", Configure);
        using var provider = services.BuildServiceProvider();

        var keyed = provider.GetRequiredKeyedService<IFloraClient>("brand-a");

        Assert.Same(keyed, provider.GetRequiredKeyedService<IFloraClient>("brand-a"));
        Assert.Same(keyed, provider.GetRequiredKeyedService<FloraClient>("brand-a"));
        Assert.Same(keyed, provider.GetRequiredService<IFloraClientFactory>().CreateClient("brand-a"));
    }

    [Fact]
    public async Task AddFloraClient_SameNameTwice_RegistersOneClientAndAppliesBothConfigurations()
    {
        var stub = new StubHandler();
        var services = new ServiceCollection();
        services.AddFloraClient("brand-a", o => o.ApiKey = Key).ConfigurePrimaryHttpMessageHandler(() => stub);
        services.AddFloraClient("brand-a", o => o.BaseUrl = new Uri("http://127.0.0.1:5003/api/v1"));
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IFloraClient) && Equals(d.ServiceKey, "brand-a"));
        Assert.Single(services, d => d.ServiceType == typeof(FloraClient) && Equals(d.ServiceKey, "brand-a"));
        var client = Assert.Single(provider.GetKeyedServices<IFloraClient>("brand-a"));
        await client.Assets.RetrieveAsync("asset_1");

        var sent = Assert.Single(stub.Requests);
        Assert.Equal("Bearer " + Key, sent.Headers.Authorization?.ToString());
        Assert.Equal(5003, sent.RequestUri!.Port);
    }

    [Fact]
    public async Task OneClient_ShortHandlerLifetime_StillGetsRotatedHandlers()
    {
        var handlersCreated = 0;
        var services = new ServiceCollection();
        services.AddFloraClient(Configure)
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref handlersCreated);
                return new StubHandler();
            })
            .SetHandlerLifetime(TimeSpan.FromSeconds(1)); // the factory's minimum
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IFloraClient>();

        // The same client instance, sending now and then: once its handler's lifetime is over the factory makes another.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Volatile.Read(ref handlersCreated) < 2 && DateTime.UtcNow < deadline)
        {
            await client.Assets.RetrieveAsync("asset_1");
            await Task.Delay(250);
        }

        Assert.Same(client, provider.GetRequiredService<IFloraClient>());
        Assert.True(handlersCreated >= 2, $"Only {handlersCreated} primary handler was created in 15 s with a 1 s handler lifetime: the client pinned its handler.");
    }

    [Fact]
    public async Task OneClient_ConfigureHttpClientOnTheBuilder_StillApplies()
    {
        var stub = new StubHandler();
        var services = new ServiceCollection();
        services.AddFloraClient(Configure)
            .ConfigureHttpClient(http => http.DefaultRequestHeaders.Add("X-App", "catalog"))
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync("asset_1");

        Assert.Equal(["catalog"], Assert.Single(stub.Requests).Headers.GetValues("X-App"));
    }

    [Fact]
    public async Task OneClient_ErrorResponse_StillComesBackThroughTheRotatedHandler()
    {
        var stub = new StubHandler().Then(() => StubHandler.Json(HttpStatusCode.NotFound, """{"error":{"code":"not_found","message":"No such asset"}}"""));
        var services = new ServiceCollection();
        services.AddFloraClient(Configure).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync("asset_1"));

        Assert.Equal("req_test123", ex.RequestId);
    }

    private static void Configure(FloraClientOptions options)
    {
        options.ApiKey = Key;
        options.BaseUrl = s_baseUrl;
    }
}

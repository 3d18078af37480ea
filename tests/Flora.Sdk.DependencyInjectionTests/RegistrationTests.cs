using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Flora.Sdk.DependencyInjectionTests;

public sealed class RegistrationTests
{
    private const string Key = "sk_test_registration_key";

    [Fact]
    public void AddFloraClient_Default_RegistersIFloraClientFloraClientAndFactory()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(o => o.ApiKey = Key);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<IFloraClient>();
        var concrete = provider.GetRequiredService<FloraClient>();
        var fromFactory = provider.GetRequiredService<IFloraClientFactory>().CreateClient(Options.DefaultName);

        Assert.IsType<FloraClient>(client);
        Assert.Equal(FloraClientOptions.DefaultBaseUrl, concrete.BaseUrl);
        Assert.IsType<FloraClient>(fromFactory);
        Assert.Same(client, concrete); // one client for the container's lifetime
        Assert.Same(client, fromFactory);
    }

    [Fact]
    public void AddFloraClient_Configure_AppliesOptionsToTheClient()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = new Uri("http://127.0.0.1:5999/api/v1");
        });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<FloraClient>();

        Assert.Equal(new Uri("http://127.0.0.1:5999/api/v1/"), client.BaseUrl);
    }

    [Fact]
    public void AddFloraClient_Builder_ReturnsTheNamedHttpClientBuilder()
    {
        var services = new ServiceCollection();
        var builder = services.AddFloraClient(o => o.ApiKey = Key);
        var named = services.AddFloraClient("second", o => o.ApiKey = Key);

        Assert.Equal("Flora.Sdk", builder.Name);
        Assert.Equal("Flora.Sdk:second", named.Name);
    }

    [Fact]
    public void AddFloraClient_HttpClient_HasNoOverallTimeoutBecauseTheClientTimesEachAttempt()
    {
        var services = new ServiceCollection();
        services.AddFloraClient(o => o.ApiKey = Key);
        using var provider = services.BuildServiceProvider();

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("Flora.Sdk");

        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Fact]
    public async Task AddFloraClient_HandlerAddedThroughBuilder_RunsOnEveryRequest()
    {
        var stub = new StubHandler();
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddFloraClient(o =>
            {
                o.ApiKey = Key;
                o.BaseUrl = new Uri("http://127.0.0.1:5999/api/v1");
            })
            .AddHttpMessageHandler(() => new RecordingHandler(seen))
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IFloraClient>();
        var asset = await client.Assets.RetrieveAsync("asset_1");

        Assert.Equal("asset_1", asset.AssetId);
        Assert.Equal(["GET http://127.0.0.1:5999/api/v1/assets/asset_1"], seen);
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("Bearer " + Key, sent.Headers.Authorization?.ToString());
    }

    [Fact]
    public async Task AddFloraClient_NamedClients_UseTheirOwnKeysAndBaseUrls()
    {
        var stubA = new StubHandler();
        var stubB = new StubHandler();
        var services = new ServiceCollection();
        services.AddFloraClient("brand-a", o =>
        {
            o.ApiKey = "sk_brand_a";
            o.BaseUrl = new Uri("http://127.0.0.1:5001/api/v1/");
        }).ConfigurePrimaryHttpMessageHandler(() => stubA);
        services.AddFloraClient("brand-b", o =>
        {
            o.ApiKey = "sk_brand_b";
            o.BaseUrl = new Uri("http://127.0.0.1:5002/api/v1/");
        }).ConfigurePrimaryHttpMessageHandler(() => stubB);
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<IFloraClientFactory>();
        await factory.CreateClient("brand-a").Assets.RetrieveAsync("asset_1");
        await provider.GetRequiredKeyedService<IFloraClient>("brand-b").Assets.RetrieveAsync("asset_1");

        var a = Assert.Single(stubA.Requests);
        var b = Assert.Single(stubB.Requests);
        Assert.Equal("Bearer sk_brand_a", a.Headers.Authorization?.ToString());
        Assert.Equal(5001, a.RequestUri!.Port);
        Assert.Equal("Bearer sk_brand_b", b.Headers.Authorization?.ToString());
        Assert.Equal(5002, b.RequestUri!.Port);
        Assert.Null(provider.GetService<IFloraClient>()); // no unnamed client was registered
    }

    [Fact]
    public void CreateClient_UnknownName_ThrowsWithTheNameAndTheFix()
    {
        var services = new ServiceCollection();
        services.AddFloraClient("brand-a", o => o.ApiKey = Key);
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IFloraClientFactory>().CreateClient("brand-c"));

        Assert.Contains("'brand-c'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddFloraClient(\"brand-c\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFloraClient_BlankName_Throws()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>(() => services.AddFloraClient(" ", o => o.ApiKey = Key));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public async Task AddFloraClient_DisposingAResolvedClient_LeavesTheFactoryHandlerUsable()
    {
        var stub = new StubHandler();
        var services = new ServiceCollection();
        services.AddFloraClient(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = new Uri("http://127.0.0.1:5999/api/v1");
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<FloraClient>().Dispose();
        var asset = await provider.GetRequiredService<IFloraClient>().Assets.RetrieveAsync("asset_1");

        Assert.Equal("asset_1", asset.AssetId);
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests;

public class FloraClientTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_NoApiKey_ThrowsFloraExceptionNamingTheEnvironmentVariable(string? key)
    {
        // Set explicitly: FLORA_API_KEY may be set on this machine.
        var options = new FloraClientOptions { ApiKey = key };

        var ex = Assert.Throws<FloraException>(() => new FloraClient(options));

        Assert.Contains("FLORA_API_KEY", ex.Message);
    }

    [Fact]
    public void Constructor_NoApiKeyWithCallersHttpClient_ThrowsFloraException()
    {
        using var http = new HttpClient(new StubApi().Handler);

        var ex = Assert.Throws<FloraException>(() => new FloraClient(http, new FloraClientOptions { ApiKey = null }));

        Assert.Contains("FLORA_API_KEY", ex.Message);
    }

    [Theory]
    [InlineData("https://api.flora.test/api/v1")]
    [InlineData("https://api.flora.test/api/v1/")]
    public async Task RetrieveAsync_BaseUrlWithOrWithoutTrailingSlash_SendsTheSameUrl(string baseUrl)
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(o => o.BaseUrl = new Uri(baseUrl));

        await client.Assets.RetrieveAsync("asset_abc123");

        Assert.Equal("https://api.flora.test/api/v1/assets/asset_abc123", api.Single().Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://api.flora.test/api/v1")]
    [InlineData("https://api.flora.test/api/v1/")]
    public async Task ListAsync_BaseUrlWithOrWithoutTrailingSlash_SendsTheSameUrl(string baseUrl)
    {
        var api = new StubApi().OnAny(Reply.Json("""{"assets":[]}"""));
        using var client = api.Client(o => o.BaseUrl = new Uri(baseUrl));

        await foreach (var _ in client.Assets.ListAsync(new AssetListParams { Limit = 5 }))
        {
        }

        Assert.Equal("https://api.flora.test/api/v1/assets?limit=5", api.Single().Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5099/api/v1")]
    [InlineData("http://localhost:5099/api/v1/")]
    public async Task RetrieveAsync_PlainHttpLoopbackBaseUrl_IsAllowed(string baseUrl)
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(o => o.BaseUrl = new Uri(baseUrl));

        await client.Assets.RetrieveAsync("asset_abc123");

        Assert.Equal("/api/v1/assets/asset_abc123", api.Single().PathAndQuery);
    }

    [Fact]
    public void ToString_Always_ShowsBaseUrlButNeverTheKey()
    {
        using var client = TestClient.Create(new StubApi().Handler);

        var text = client.ToString();

        Assert.DoesNotContain(TestClient.ApiKey, text);
        Assert.Contains("api.flora.test", text);
    }

    [Fact]
    public void BaseUrl_Always_EndsWithSlash()
    {
        using var client = TestClient.Create(new StubApi().Handler, o => o.BaseUrl = new Uri("https://api.flora.test/api/v1"));

        Assert.Equal(new Uri("https://api.flora.test/api/v1/"), client.BaseUrl);
    }

    [Fact]
    public async Task Dispose_CallersHttpClient_IsNotDisposed()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var http = new HttpClient(api.Handler);
        var client = new FloraClient(http, new FloraClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = new Uri(TestClient.BaseUrl) });

        client.Dispose();

        using var response = await http.GetAsync(new Uri(TestClient.Url("assets/asset_abc123")));
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new FloraClient(null!));
    }

    [Fact]
    public void Constructor_NullHttpClient_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new FloraClient(null!, new FloraClientOptions { ApiKey = TestClient.ApiKey }));
    }

    [Fact]
    public void Assets_IFloraClient_ExposesTheSameServices()
    {
        using var client = TestClient.Create(new StubApi().Handler);
        IFloraClient seam = client;

        Assert.Same(client.Assets, seam.Assets);
        Assert.Same(client.Projects, seam.Projects);
        Assert.Same(client.Assets, client.Assets.WithRawResponse);
    }

    [Fact]
    public async Task Services_MadeOnFirstUse_AreOneInstanceWhenManyThreadsAskAtOnce()
    {
        for (var round = 0; round < 20; round++)
        {
            using var client = TestClient.Create(new StubApi().Handler);
            using var start = new Barrier(8);
            var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return (Assets: (object)client.Assets, Projects: (object)client.Projects, Workspaces: (object)client.Workspaces, Feedback: (object)client.Feedback);
            })));

            Assert.Single(seen.Select(s => s.Assets).Distinct());
            Assert.Single(seen.Select(s => s.Projects).Distinct());
            Assert.Single(seen.Select(s => s.Workspaces).Distinct());
            Assert.Single(seen.Select(s => s.Feedback).Distinct());
        }
    }
}

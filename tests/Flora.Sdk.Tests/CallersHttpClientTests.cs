using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests;

/// <summary>
/// <c>new FloraClient(httpClient, options)</c> with a caller's <see cref="HttpClient"/> that has a <c>BaseAddress</c> or
/// a <c>Timeout</c> of its own: <see cref="FloraClientOptions.BaseUrl"/> decides where requests go, and each attempt
/// ends at the shorter of <see cref="HttpClient.Timeout"/> and <see cref="FloraClientOptions.Timeout"/>. The SDK leaves
/// the caller's client as it was.
/// </summary>
public sealed class CallersHttpClientTests
{
    private const string AssetPath = "assets/asset_abc123";

    [Fact]
    public async Task RetrieveAsync_CallersBaseAddress_OptionsBaseUrlWins()
    {
        var api = new StubApi().On(HttpMethod.Get, AssetPath, Reply.Fixture(Fixtures.Retrieve));
        var elsewhere = new Uri("https://elsewhere.flora.test/v9/");
        using var http = new HttpClient(api.Handler) { BaseAddress = elsewhere };
        using var client = new FloraClient(http, Options(TimeSpan.FromSeconds(60)));

        await client.Assets.RetrieveAsync("asset_abc123");

        Assert.Equal(TestClient.Url(AssetPath), api.Single().Uri.AbsoluteUri);
        Assert.Equal(elsewhere, http.BaseAddress);
    }

    [Fact]
    public async Task RetrieveAsync_CallersTimeoutShorter_EndsTheAttemptAsFloraTimeout()
    {
        var api = new StubApi().Hang(HttpMethod.Get, AssetPath);
        var shortTimeout = TimeSpan.FromSeconds(1);
        using var http = new HttpClient(api.Handler) { Timeout = shortTimeout };
        using var client = new FloraClient(http, Options(TimeSpan.FromMinutes(10)));

        // HttpClient's own timer runs in real time (1 s, so that on a loaded machine the request reaches the handler
        // before it fires); the SDK's 10 minutes are on a clock nobody advances.
        await Assert.ThrowsAsync<FloraTimeoutException>(() => client.Assets.RetrieveAsync("asset_abc123").WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(1, api.Count);
        Assert.Equal(shortTimeout, http.Timeout);
    }

    [Fact]
    public async Task RetrieveAsync_OptionsTimeoutShorter_EndsTheAttemptAsFloraTimeout()
    {
        var api = new StubApi().Hang(HttpMethod.Get, AssetPath);
        using var http = new HttpClient(api.Handler) { Timeout = TimeSpan.FromMinutes(10) };
        var options = Options(TimeSpan.FromSeconds(5));
        var clock = (TestClock)options.TimeProvider;
        using var client = new FloraClient(http, options);

        var call = client.Assets.RetrieveAsync("asset_abc123");
        Assert.Equal(TimeSpan.FromSeconds(5), await clock.NextTimerAsync());
        await api.WaitForCountAsync(1);
        clock.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<FloraTimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("5 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(10), http.Timeout);
    }

    /// <summary>No retries, and a fake clock on which any wait but the attempt timeout fails the test.</summary>
    private static FloraClientOptions Options(TimeSpan timeout) => new()
    {
        ApiKey = TestClient.ApiKey,
        BaseUrl = new Uri(TestClient.BaseUrl),
        MaxRetries = 0,
        Timeout = timeout,
        TimeProvider = new TestClock { UndrivenAttemptTimeout = timeout },
    };
}

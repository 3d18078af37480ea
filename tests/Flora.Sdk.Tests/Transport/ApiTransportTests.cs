using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>What every API request carries: the base URL, the key, the standard headers, the caller's headers, and the JSON body.</summary>
public class ApiTransportTests
{
    [Fact]
    public async Task RetrieveAsync_BaseUrlWithoutTrailingSlash_KeepsItsPath()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets/asset_abc123", Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(o => o.BaseUrl = new Uri("https://api.flora.test/api/v1"));

        await client.Assets.RetrieveAsync("asset_abc123");

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/assets/asset_abc123");
        Assert.Equal(new Uri(TestClient.BaseUrl), client.BaseUrl);
    }

    [Fact]
    public async Task RetrieveAsync_Always_SendsKeyAcceptAndUserAgentAndNoBody()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync("asset_abc123");

        var request = api.Single();
        Assert.Equal("Bearer " + TestClient.ApiKey, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
        var userAgent = request.Header("User-Agent");
#if NETFRAMEWORK
        // .NET Framework has no unparsed header view: the recorded value joins the parsed product and comment with ", ".
        userAgent = userAgent?.Replace(", (", " (");
#endif
        Assert.Equal(Flora.Sdk.Transport.UserAgent.Value, userAgent);
        Assert.Null(request.Header("Idempotency-Key"));
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task RetrieveAsync_CallerIdempotencyKeyOnAGet_IsNotSent()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync("asset_abc123", new RequestOptions { IdempotencyKey = "k1" });

        Assert.Null(api.Single().Header("Idempotency-Key"));
    }

    [Fact]
    public async Task CreateAsync_JsonBody_IsUtf8JsonWithAFreshGuidKeyPerCall()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();
        var parameters = new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" };

        await client.Assets.CreateAsync(parameters);
        await client.Assets.CreateAsync(parameters);

        var (first, second) = (api.Requests[0], api.Requests[1]);
        Assert.Equal("application/json; charset=utf-8", first.ContentHeaders["Content-Type"]);
        Assert.Equal("""{"source":"signed-url","workspace_id":"ws_1"}""", first.BodyText);
        Assert.True(Guid.TryParse(first.Header("Idempotency-Key"), out _));
        Assert.NotEqual(first.Header("Idempotency-Key"), second.Header("Idempotency-Key"));
    }

    [Fact]
    public async Task CreateAsync_CallerKeyAndHeaders_ReplaceTheStandardOnes()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();
        var options = new RequestOptions { IdempotencyKey = "caller-key" };
        options.Headers["User-Agent"] = "my-app/2.0";
        options.Headers["X-Trace"] = "t-1";

        await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" }, options);

        var request = api.Single();
        Assert.Equal("caller-key", request.Header("Idempotency-Key"));
        Assert.Equal("my-app/2.0", request.Header("User-Agent"));
        Assert.Equal("t-1", request.Header("X-Trace"));
        Assert.Equal("Bearer " + TestClient.ApiKey, request.Header("Authorization"));
    }
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.Assets;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests;

/// <summary>The raw-response variants (<c>client.Assets.WithRawResponse</c>) and what <see cref="FloraResponse{T}"/> carries.</summary>
public class FloraResponseTests
{
    [Fact]
    public async Task CreateAsync_RawResponse_Returns201HeadersRequestIdAndParsedBody()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets",
            Reply.Fixture(Fixtures.Create, HttpStatusCode.Created, ("request-id", "req_create1"), ("x-ratelimit-remaining", "99")));
        using var client = api.Client();

        var response = await client.Assets.WithRawResponse.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_abc123" });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/assets");
        Assert.Equal("""{"source":"signed-url","workspace_id":"ws_abc123"}""", request.BodyText);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("req_create1", response.RequestId);
        Assert.Equal("99", Assert.Single(response.Headers.GetValues("x-ratelimit-remaining")));
        Assert.Equal("asset_abc123", response.Value.AssetId);
        Assert.Equal("url", response.Value.UploadedVia);
    }

    [Fact]
    public async Task CompleteAsync_RawResponse_PostsToCompleteAndParsesExample()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets/asset_abc123/complete", Reply.Fixture(Fixtures.Complete, HttpStatusCode.OK, ("request-id", "req_c")));
        using var client = api.Client();

        var response = await client.Assets.WithRawResponse.CompleteAsync("asset_abc123");

        RequestAssert.Sent(api.Single(), HttpMethod.Post, "/api/v1/assets/asset_abc123/complete");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("req_c", response.RequestId);
        AssetServiceTests.AssertExampleUploadState(response.Value, response.Value.Url, response.Value.WorkspaceId);
    }

    [Fact]
    public async Task RetryAsync_RawResponse_PostsToRetryAndParsesExample()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets/asset_abc123/retry", Reply.Fixture(Fixtures.Retry, HttpStatusCode.OK, ("x-request-id", "req_fallback")));
        using var client = api.Client();

        var response = await client.Assets.WithRawResponse.RetryAsync("asset_abc123");

        RequestAssert.Sent(api.Single(), HttpMethod.Post, "/api/v1/assets/asset_abc123/retry");
        Assert.Equal("req_fallback", response.RequestId);
        AssetServiceTests.AssertExampleUploadState(response.Value, response.Value.Url, response.Value.WorkspaceId);
    }

    [Fact]
    public async Task RetrieveAsync_RawResponse_GetsAssetWithStatusAndHeaders()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets/asset_abc123", Reply.Fixture(Fixtures.Retrieve, HttpStatusCode.OK, ("request-id", "req_r")));
        using var client = api.Client();

        var response = await client.Assets.WithRawResponse.RetrieveAsync("asset_abc123");

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/assets/asset_abc123");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("req_r", response.RequestId);
        Assert.Equal("asset_abc123", response.Value.AssetId);
        Assert.Equal(new DateTimeOffset(2019, 12, 27, 18, 11, 19, 117, TimeSpan.Zero), response.Value.CreatedAt);
    }

    [Fact]
    public async Task ListPageAsync_RawResponse_SendsQueryAndReturnsOnePage()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.List, HttpStatusCode.OK, ("request-id", "req_l")));
        using var client = api.Client();

        var response = await client.Assets.WithRawResponse.ListPageAsync(new AssetListParams { WorkspaceId = "ws_XXXX", Limit = 10, Cursor = "a+b/c=" });

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/assets?workspace_id=ws_XXXX&limit=10&cursor=a%2Bb%2Fc%3D");
        Assert.Equal("req_l", response.RequestId);
        Assert.Equal("eyJvZmZzZXQiOjIwfQ", response.Value.NextCursor);
        Assert.Equal(0L, response.Value.TotalEstimate);
        Assert.Equal("asset_abc123", Assert.Single(response.Value.Items).AssetId);
    }

    [Fact]
    public async Task RequestId_BothHeaders_PrefersRequestId()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve, HttpStatusCode.OK, ("x-request-id", "req_x"), ("request-id", "req_main")));
        using var client = api.Client();

        var response = await client.Assets.WithRawResponse.RetrieveAsync("asset_abc123");

        Assert.Equal("req_main", response.RequestId);
    }

    [Fact]
    public void Constructor_NullHeaders_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new FloraResponse<string>("v", HttpStatusCode.OK, null!));
    }
}

using System.Net;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// When the signed path renews its reservation (the asset "retry" endpoint): expired at the create, or refused by the
/// upload host with a 4xx that is not transient; and that it renews at most once, whatever made it renew.
/// </summary>
public class UploadSagaRenewalTests
{
    private const string AssetId = UploadSagaTests.AssetId;
    private const string FirstTarget = UploadSagaTests.FirstTarget;
    private const string SecondTarget = UploadSagaTests.SecondTarget;

    // The fake clock's start.
    private const string Now = "2000-01-01T00:00:00Z";

    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png", UploadPath = AssetUploadPath.SignedUrl };

    private static Func<HttpRequestMessage, HttpResponseMessage> Reservation(string target, string expiresAt = "2000-01-01T01:00:00Z", string id = AssetId) =>
        Reply.Json($$"""{"asset_id":"{{id}}","status":"pending_upload","expires_at":"{{expiresAt}}","upload":{"method":"POST","url":"{{target}}","form_fields":{"key":"k"} } }""");

    private static Func<HttpRequestMessage, HttpResponseMessage> Ready() => Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready"}""");

    private static List<string> Urls(StubApi api) => [.. api.Requests.Select(r => r.Uri.AbsoluteUri)];

    /// <summary>A reservation expiring this instant is renewed before a byte is sent; one renewed already expired is used as it is (renewed only once).</summary>
    [Theory]
    [InlineData(Now, "2000-01-01T01:00:00Z")]
    [InlineData("1999-12-31T23:00:00Z", "1999-12-31T23:30:00Z")]
    public async Task UploadAsync_ExpiredReservation_RenewsOnceBeforeUploadingToTheRenewal(string expiresAt, string renewedExpiresAt)
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget, expiresAt))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reservation(SecondTarget, renewedExpiresAt))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Ready());
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params);

        Assert.Equal([TestClient.Url("assets"), TestClient.Url($"assets/{AssetId}/retry"), SecondTarget, TestClient.Url($"assets/{AssetId}/complete")], Urls(api));
    }

    [Fact]
    public async Task UploadAsync_ExpiredThenRefusedByTheHost_DoesNotRenewASecondTime()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget, expiresAt: "1999-12-31T23:00:00Z"))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reservation(SecondTarget))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.Forbidden));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal([TestClient.Url("assets"), TestClient.Url($"assets/{AssetId}/retry"), SecondTarget], Urls(api));
    }

    [Fact]
    public async Task UploadAsync_LostCreateRecovered_ItsRenewalCountsAsTheOneRenewal()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets",
                Reply.Throw(new HttpRequestException("The response ended prematurely.")),
                Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "already processed"))
            .On(HttpMethod.Get, "assets", Reply.Json($$$"""
                {"assets":[{"asset_id":"{{{AssetId}}}","name":"product.png","content_type":"image/png","status":"pending_upload","uploaded_via":"signed_url",
                            "workspace_id":"ws_1","created_at":{{{clock.GetUtcNow().ToUnixTimeMilliseconds()}}},"size_bytes":12345}],"meta":{"next_cursor":null}}
                """))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reservation(SecondTarget, expiresAt: "1999-12-31T23:00:00Z"))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Ready());
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params));

        Assert.Equal(AssetId, result.AssetId);
        Assert.Equal(1, api.Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/retry", StringComparison.Ordinal)));
        Assert.Equal(SecondTarget, api.Requests[4].Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData((HttpStatusCode)499)]
    public async Task UploadAsync_HostRefusesWithA4xx_RenewsAndSendsTheBytesAgain(HttpStatusCode status)
    {
        var bytes = Encoding.ASCII.GetBytes("renewed-bytes");
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(status))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reservation(SecondTarget))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Ready());
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(bytes), s_params);

        Assert.Equal(
            [TestClient.Url("assets"), FirstTarget, TestClient.Url($"assets/{AssetId}/retry"), SecondTarget, TestClient.Url($"assets/{AssetId}/complete")],
            Urls(api));
        Assert.Contains("renewed-bytes", api.Requests[3].BodyText);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData((HttpStatusCode)429)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData((HttpStatusCode)399)]
    public async Task UploadAsync_HostFailsTransientlyOrNotWith4xx_DoesNotRenew(HttpStatusCode status)
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(status));
        using var client = api.Client();

        // No transport retries, so the host's answer reaches the saga at once.
        var ex = await Assert.ThrowsAsync<FloraStorageHostException>(() =>
            client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params, new RequestOptions { MaxRetries = 0 }));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal([TestClient.Url("assets"), FirstTarget], Urls(api));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("asset 1")]
    [InlineData("asset\\u00071")]
    public async Task UploadAsync_CreateAnswersAnUnusableAssetId_StopsBeforeSendingBytes(string id)
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reservation(FirstTarget, id: id));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params));

        Assert.Contains("no usable asset_id", ex.Message);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_RenewalAnswersAnUnusableAssetId_StopsBeforeSendingBytes()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget, expiresAt: Now))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reservation(SecondTarget, id: ".."));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params));

        Assert.Contains("no usable asset_id", ex.Message);
        Assert.Equal(2, api.Count);
    }
}

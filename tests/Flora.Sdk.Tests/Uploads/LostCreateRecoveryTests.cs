using System.Net;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// A create whose answer is lost (the connection drops after FLORA made the asset; the retry is refused as
/// idempotency_duplicate) on every path: the SDK finds its own asset, or says which candidates it could not tell apart.
/// </summary>
public class LostCreateRecoveryTests
{
    private const string Target = "https://upload.test/bucket/renewed";
    private const string ListQuery = "assets?workspace_id=ws_1&project_id=prj_1&query=product.png&limit=100";

    // The fake clock starts at 2000-01-01T00:00:00Z.
    private static readonly long s_now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png", ProjectId = "prj_1" };

    private static Func<HttpRequestMessage, HttpResponseMessage> Lost() => Reply.Throw(new HttpRequestException("The response ended prematurely."));

    private static Func<HttpRequestMessage, HttpResponseMessage> Duplicate() =>
        Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "A request with this Idempotency-Key was already processed.");

    private static string Item(string id, string status = "pending_upload", string via = "signed_url", string name = "product.png", string type = "image/png", long? created = null, long? size = null) =>
        $$"""{"asset_id":"{{id}}","name":"{{name}}","content_type":"{{type}}","status":"{{status}}","uploaded_via":"{{via}}","workspace_id":"ws_1","project_id":"prj_1","created_at":{{created ?? s_now}},"size_bytes":{{(size is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}}""";

    private static Func<HttpRequestMessage, HttpResponseMessage> Page(params string[] items) =>
        Reply.Json($$$"""{"assets":[{{{string.Join(",", items)}}}],"meta":{"next_cursor":null}}""");

    [Fact]
    public async Task UploadAsync_SignedCreateAnswerLost_RenewsTheOneCandidateUploadsAndCompletes()
    {
        var clock = new TestClock();
        var bytes = DirectUploadTests.Content(5000);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, ListQuery, Page(Item("asset_mine"), Item("asset_old", created: s_now - (3_600_000L * 24)), Item("asset_other", name: "product-2.png")))
            .On(HttpMethod.Post, "assets/asset_mine/retry", Reply.Json(
                $$$"""{"asset_id":"asset_mine","status":"pending_upload","expires_at":"2000-01-01T01:00:00Z","upload":{"method":"POST","url":"{{{Target}}}","file_field":"file","form_fields":{} } }"""))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_mine/complete", Reply.Json("""{"asset_id":"asset_mine","status":"ready"}"""));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(bytes), s_params with { UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Equal("asset_mine", result.AssetId);
        Assert.Equal(AssetStatus.Ready, result.Status);
        var paths = api.Requests.Select(r => $"{r.Method} {r.PathAndQuery}").ToList();
        Assert.Equal(
            ["POST /api/v1/assets", "POST /api/v1/assets", "GET /api/v1/" + ListQuery, "POST /api/v1/assets/asset_mine/retry", "POST /bucket/renewed", "POST /api/v1/assets/asset_mine/complete"],
            paths);
        Assert.Contains(Encoding.ASCII.GetString(bytes), api.Requests[4].BodyText);
    }

    [Fact]
    public async Task UploadAsync_DirectCreateAnswerLost_ReturnsTheReadyCandidateWithoutCreatingAgain()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, ListQuery, Page(
                Item("asset_mine", status: "ready", via: "direct", size: 700),
                Item("asset_bigger", status: "ready", via: "direct", size: 701),
                Item("asset_signed", status: "ready", via: "signed_url", size: 700)));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(700)), s_params));

        Assert.Equal("asset_mine", result.AssetId);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadFromUrlAsync_CreateAnswerLost_WaitsForTheOneCandidate()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, ListQuery, Page(Item("asset_url", status: "pending_upload", via: "url"), Item("asset_up", status: "pending_upload", via: "signed_url")))
            .On(HttpMethod.Get, "assets/asset_url", Reply.Json("""{"asset_id":"asset_url","status":"ready","url":"https://cdn.test/u.png"}"""));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadFromUrlAsync(
            new Uri("https://images.example.com/a/product.png"), new AssetUrlUploadParams { WorkspaceId = "ws_1", ProjectId = "prj_1" }));

        Assert.Equal("asset_url", result.AssetId);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(4, api.Count);
    }

    [Fact]
    public async Task UploadAsync_TwoCandidatesFit_ThrowsLostCreateExceptionNamingBothAndAdoptsNeither()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, ListQuery, Page(Item("asset_a"), Item("asset_b", created: s_now + 1000)));
        using var client = api.Client(clock);

        var ex = await clock.RunAsync(Assert.ThrowsAsync<FloraLostCreateException>(() =>
            client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params with { UploadPath = AssetUploadPath.SignedUrl })));

        Assert.Equal(["asset_a", "asset_b"], ex.CandidateAssetIds);
        Assert.Contains("asset_a", ex.Message);
        Assert.Contains("RetrieveAsync", ex.Message);
        Assert.IsType<FloraConflictException>(ex.InnerException);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadAsync_NoCandidateFits_ThrowsLostCreateExceptionWithNoCandidates()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, ListQuery, Page(
                Item("asset_type", type: "image/jpeg"),
                Item("asset_early", created: s_now - (10 * 60_000)),
                Item("asset_late", created: s_now + (10 * 60_000)),
                Item("asset_ready", status: "ready"),
                Item("asset_name", name: "Product.png")));
        using var client = api.Client(clock);

        var ex = await clock.RunAsync(Assert.ThrowsAsync<FloraLostCreateException>(() =>
            client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params with { UploadPath = AssetUploadPath.SignedUrl })));

        Assert.Empty(ex.CandidateAssetIds);
        Assert.Contains("no asset fits", ex.Message);
    }

    [Fact]
    public async Task UploadAsync_CandidateOnALaterPage_IsFoundWhateverTheOrder()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            // The later page's route first: a route's query matches any request that has at least its parameters.
            .On(HttpMethod.Get, ListQuery + "&cursor=p2", Page(Item("asset_mine", status: "ready", via: "direct", size: 10)))
            .On(HttpMethod.Get, ListQuery, Reply.Json($$$"""{"assets":[{{{Item("asset_x", status: "ready", via: "direct", size: 1)}}}],"meta":{"next_cursor":"p2"}}"""));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params));

        Assert.Equal("asset_mine", result.AssetId);
    }

    [Fact]
    public async Task UploadAsync_FirstAttemptRefusedAsDuplicate_IsNotRecovered()
    {
        // A key the caller reused from an earlier call: this call made nothing, so there is nothing of its own to find.
        var api = new StubApi().On(HttpMethod.Post, "assets", Duplicate());
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() =>
            client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params, new RequestOptions { IdempotencyKey = "reused" }));

        Assert.Equal("idempotency_duplicate", ex.ErrorCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_RetryRefusedWithAnotherConflict_IsNotRecovered()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Post, "assets", Lost(), Reply.Error(HttpStatusCode.Conflict, "conflict", "The folder is being moved."));
        using var client = api.Client(clock);

        var ex = await clock.RunAsync(Assert.ThrowsAsync<FloraConflictException>(() =>
            client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params)));

        Assert.Equal("conflict", ex.ErrorCode);
        Assert.Equal(2, api.Count);
    }
}

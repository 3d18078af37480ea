using System.Net;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Endpoints;

/// <summary>The raw asset calls: escaped ids, the list page's optional parts, and completing after a lost answer.</summary>
public class AssetEndpointsTests
{
    private const string Id = "asset_c1";
    private const string Ready = """{"asset_id":"asset_c1","status":"ready","url":"https://cdn.test/c1.png","workspace_id":"ws_1","failure_message":"none","extra":7}""";

    private static readonly Func<HttpRequestMessage, HttpResponseMessage> s_duplicate =
        Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "Key already used.");

    /// <summary>Each call names its own operation in its errors (and its logs, spans and metrics): the name is the call's, not the path's.</summary>
    [Fact]
    public async Task Errors_NameTheOperationThatFailed()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.BadRequest, "input_validation_error", "bad"));
        using var client = api.Client();

        var retry = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.RetryAsync(Id));
        var list = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.WithRawResponse.ListPageAsync());
        var create = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.UploadAsync(
            new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.Direct }));

        Assert.StartsWith("FLORA API assets.retry failed with 400", retry.Message);
        Assert.StartsWith("FLORA API assets.list failed with 400", list.Message);
        Assert.StartsWith("FLORA API assets.create failed with 400", create.Message);
    }

    [Fact]
    public async Task RetrieveAsync_IdWithReservedCharacters_IsEscapedInThePath()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync("a/b?c%d");

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/assets/a%2Fb%3Fc%25d");
    }

    [Fact]
    public async Task CompleteAndRetry_IdWithReservedCharacters_IsEscapedBeforeTheSuffix()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Complete), Reply.Fixture(Fixtures.Retry));
        using var client = api.Client();

        await client.Assets.CompleteAsync("a#1");
        await client.Assets.RetryAsync("a#1");

        RequestAssert.Sent(api.Requests[0], HttpMethod.Post, "/api/v1/assets/a%231/complete");
        RequestAssert.Sent(api.Requests[1], HttpMethod.Post, "/api/v1/assets/a%231/retry");
    }

    [Fact]
    public async Task ListPageAsync_NoAssetsNoMeta_IsAnEmptyLastPage()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        var page = (await client.Assets.WithRawResponse.ListPageAsync()).Value;

        Assert.Empty(page.Items);
        Assert.Null(page.NextCursor);
        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/assets");
    }

    [Fact]
    public async Task CompleteAsync_DuplicateOnARetry_IsAnsweredFromTheAssetsState()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, $"assets/{Id}/complete", Reply.Throw(new HttpRequestException("reset")), s_duplicate)
            .On(HttpMethod.Get, $"assets/{Id}", Reply.Json(Ready, HttpStatusCode.OK, ("request-id", "req_get")));
        using var client = api.Client(clock);

        var response = await clock.RunAsync(client.Assets.WithRawResponse.CompleteAsync(Id));

        var completed = response.Value;
        Assert.Equal(Id, completed.AssetId);
        Assert.Equal(AssetStatus.Ready, completed.Status);
        Assert.Equal("https://cdn.test/c1.png", completed.Url);
        Assert.Equal("ws_1", completed.WorkspaceId);
        Assert.Equal("none", completed.FailureMessage);
        Assert.Equal(7, completed.AdditionalProperties!["extra"].GetInt32());
        Assert.Equal("req_get", response.RequestId);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task CompleteAsync_DuplicateOnARetry_KeepsEveryFieldTheAssetsStateHas()
    {
        // One mapping: the read-back asset becomes the complete's answer whole, so ToAsset loses none of retrieve's metadata.
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, $"assets/{Id}/complete", Reply.Throw(new HttpRequestException("reset")), s_duplicate)
            .On(HttpMethod.Get, $"assets/{Id}", Reply.Json("""{"asset_id":"asset_c1","status":"ready","name":"c1.png","size_bytes":10,"uploaded_via":"signed_url"}"""));
        using var client = api.Client(clock);

        var asset = (await clock.RunAsync(client.Assets.CompleteAsync(Id))).ToAsset();

        Assert.Equal(("c1.png", 10L, "signed_url"), (asset.Name, asset.SizeBytes, asset.UploadedVia));
    }

    [Fact]
    public async Task CompleteAsync_DuplicateOnARetryButStillPendingUpload_TheDuplicateStands()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, $"assets/{Id}/complete", Reply.Status(HttpStatusCode.ServiceUnavailable), s_duplicate)
            .On(HttpMethod.Get, $"assets/{Id}", Reply.Json("""{"asset_id":"asset_c1","status":"pending_upload"}"""));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() => clock.RunAsync(client.Assets.CompleteAsync(Id)));

        Assert.Equal("idempotency_duplicate", ex.ErrorCode);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task CompleteAsync_DuplicateOnTheFirstAttempt_IsTheCallersAndStands()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, $"assets/{Id}/complete", s_duplicate)
            .On(HttpMethod.Get, $"assets/{Id}", Reply.Json(Ready));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() => client.Assets.CompleteAsync(Id));

        Assert.Equal(1, ex.Attempt);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task CompleteAsync_DuplicateMayBeFirstAttempt_RecoversOnTheFirstAttemptToo()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, $"assets/{Id}/complete", s_duplicate)
            .On(HttpMethod.Get, $"assets/{Id}", Reply.Json(Ready));
        using var client = api.Client();

        var response = await new AssetEndpoints(client.Api).CompleteAsync(Id, null, duplicateMayBeFirstAttempt: true, default);

        Assert.Equal(AssetStatus.Ready, response.Value.Status);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task CompleteAsync_OtherConflictOnARetry_IsNotRecovered()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, $"assets/{Id}/complete", Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Error(HttpStatusCode.Conflict, "conflict", "Busy."))
            .On(HttpMethod.Get, $"assets/{Id}", Reply.Json(Ready));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() => clock.RunAsync(client.Assets.CompleteAsync(Id)));

        Assert.Equal("conflict", ex.ErrorCode);
        Assert.Equal(2, api.Count);
    }
}

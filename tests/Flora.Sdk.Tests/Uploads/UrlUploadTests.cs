using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>UploadFromUrlAsync: a server-side fetch, then a wait for ready, in memory.</summary>
public class UrlUploadTests
{
    private static readonly Uri s_url = new("https://images.example.com/cat%20photos/cat.jpg");

    [Fact]
    public async Task UploadFromUrlAsync_CreateAnswersReady_ReadsTheMetadataOnceWithoutAPause()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(
                """{"asset_id":"asset_u","status":"ready","uploaded_via":"url","url":"https://cdn.test/cat.jpg","workspace_id":"ws_1","visibility":"private"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u", Reply.Json(
                """{"asset_id":"asset_u","status":"ready","url":"https://cdn.test/cat.jpg","name":"cat.jpg","content_type":"image/jpeg","width":640,"height":480,"size_bytes":12345,"created_at":"2026-12-03T10:00:00Z"}"""));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadFromUrlAsync(s_url, new AssetUrlUploadParams { WorkspaceId = "ws_1", ProjectId = "prj_1", Folder = "f" }));

        Assert.Equal(2, api.Count);
        Assert.Empty(clock.CreatedTimers);
        Assert.Equal(
            """{"source":"https://images.example.com/cat%20photos/cat.jpg","workspace_id":"ws_1","content_type":"image/jpeg","file_name":"cat.jpg","folder":"f","project_id":"prj_1"}""",
            api.Requests[0].BodyText);
        RequestAssert.Sent(api.Requests[1], HttpMethod.Get, "/api/v1/assets/asset_u");
        Assert.Equal("asset_u", result.AssetId);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal("private", result.Visibility);
        Assert.Equal("url", result.UploadedVia);
        Assert.Equal("cat.jpg", result.Name);
        Assert.Equal((640, 480, 12345L), (result.Width, result.Height, result.SizeBytes));
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), result.CreatedAt);
    }

    [Fact]
    public async Task UploadFromUrlAsync_CreateAnswersPending_PollsWithBackoffUntilReady()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json("""{"asset_id":"asset_u","status":"pending_upload","uploaded_via":"url"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u",
                Reply.Json("""{"asset_id":"asset_u","status":"pending_upload"}"""),
                Reply.Json("""{"asset_id":"asset_u","status":"ready","url":"https://cdn.test/cat.jpg"}"""));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadFromUrlAsync(s_url, new AssetUrlUploadParams { WorkspaceId = "ws_1" }));

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal("https://cdn.test/cat.jpg", result.Url);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadFromUrlAsync_FetchFails_ThrowsAssetFailed()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json("""{"asset_id":"asset_u","status":"pending_upload"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u", Reply.Json("""{"asset_id":"asset_u","status":"failed","failure_message":"fetch refused"}"""));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraAssetFailedException>(() => client.Assets.UploadFromUrlAsync(s_url, new AssetUrlUploadParams { WorkspaceId = "ws_1" }));

        Assert.Equal("fetch refused", ex.FailureMessage);
    }

    [Theory]
    [InlineData("http://images.example.com/cat.jpg")]
    [InlineData("file:///tmp/cat.jpg")]
    public async Task UploadFromUrlAsync_NotHttps_ThrowsBeforeSending(string url)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Assets.UploadFromUrlAsync(new Uri(url), new AssetUrlUploadParams { WorkspaceId = "ws_1" }));

        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadFromUrlAsync_TypeOutsideFlorasList_ThrowsBeforeSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Assets.UploadFromUrlAsync(new Uri("https://files.example.com/report.txt"), new AssetUrlUploadParams { WorkspaceId = "ws_1" }));

        Assert.Contains("image/jpeg", ex.Message);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadFromUrlAsync_NoExtension_LeavesTheTypeToFlora()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json("""{"asset_id":"asset_u","status":"ready"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u", Reply.Json("""{"asset_id":"asset_u","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadFromUrlAsync(new Uri("https://images.example.com/render"), new AssetUrlUploadParams { WorkspaceId = "ws_1" });

        Assert.DoesNotContain("content_type", api.Requests[0].BodyText);
    }

    [Fact]
    public async Task UploadFromUrlAsync_CallerKey_TheCreateSendsItUnchanged()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json("""{"asset_id":"asset_u","status":"ready"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u", Reply.Json("""{"asset_id":"asset_u","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadFromUrlAsync(s_url, new AssetUrlUploadParams { WorkspaceId = "ws_1" }, new RequestOptions { IdempotencyKey = "url-1" });

        Assert.Equal("url-1", api.Requests[0].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task UploadFromUrlAsync_ReadyTimeout_GivesUpAfterThatTimeout()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json("""{"asset_id":"asset_u","status":"pending_upload"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u", Reply.Json("""{"asset_id":"asset_u","status":"pending_upload"}"""));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(
            client.Assets.UploadFromUrlAsync(s_url, new AssetUrlUploadParams { WorkspaceId = "ws_1", ReadyTimeout = TimeSpan.FromSeconds(2) })));

        Assert.Equal("asset_u", ex.AssetId);
        Assert.Equal(TimeSpan.FromSeconds(2), clock.GetUtcNow() - started);
    }
}

using System.Net;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>The direct path of UploadAsync and CreateFromBytesAsync, the path choice and the 415 fallback, all in memory.</summary>
public class DirectUploadTests
{
    internal const string AssetId = "asset_d1";
    private const string Target = "https://upload.test/bucket/t";

    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png", Folder = "api-uploads", ProjectId = "prj_1" };

    internal static string ReadyDirect(string id = AssetId) =>
        $$"""{"asset_id":"{{id}}","status":"ready","uploaded_via":"direct","url":"https://cdn.test/{{id}}.png","workspace_id":"ws_1","visibility":"workspace"}""";

    private static string Reservation() => $$$"""
        {"asset_id":"asset_s1","status":"pending_upload","uploaded_via":"signed_url","url":"https://cdn.test/s.png","workspace_id":"ws_1",
         "expires_at":"2000-01-01T01:00:00Z","upload":{"method":"POST","url":"{{{Target}}}","file_field":"file","form_fields":{"key":"k"} } }
        """;

    /// <summary>A server that refuses direct uploads (415) and takes the signed path: the reservation, its target, the complete.</summary>
    internal static StubApi RefusesDirectTakesSigned() => new StubApi()
        .On(HttpMethod.Post, "assets",
            Reply.Error(HttpStatusCode.UnsupportedMediaType, "input_validation_error", "This server takes no direct uploads"),
            Reply.Json(Reservation(), HttpStatusCode.Created))
        .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
        .On(HttpMethod.Post, "assets/asset_s1/complete", Reply.Json("""{"asset_id":"asset_s1","status":"ready"}"""));

    internal static byte[] Content(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26)))];

    [Fact]
    public async Task UploadAsync_100KbStream_MakesExactlyOneApiRequest()
    {
        var bytes = Content(100 * 1024);
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), s_params);

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/assets");
        Assert.StartsWith("multipart/form-data", request.ContentHeaders["Content-Type"]);
        Assert.Equal(["workspace_id", "file_name", "content_type", "folder", "project_id", "file"], request.Parts.Select(p => p.Name));
        Assert.Equal(new FormPart("file", "product.png", "image/png"), request.Parts[^1]);
        var body = Encoding.ASCII.GetString(request.Body!);
        Assert.Contains(Encoding.ASCII.GetString(bytes), body);
        Assert.Contains("prj_1", body);
        Assert.Equal("Bearer " + TestClient.ApiKey, request.Header("Authorization"));
        Assert.NotNull(request.Header("Idempotency-Key"));
        Assert.Equal(AssetId, result.AssetId);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal("https://cdn.test/asset_d1.png", result.Url);
    }

    [Fact]
    public async Task UploadAsync_WaitForReady_OneGetMore_KeepsTheCreatesFieldsAndAddsRetrievesMetadata()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created))
            .On(HttpMethod.Get, $"assets/{AssetId}", Reply.Json(
                $$"""{"asset_id":"{{AssetId}}","status":"ready","name":"product.png","content_type":"image/png","size_bytes":102400,"width":8,"height":4,"created_at":"2026-12-03T10:00:00Z","new_field":true}"""));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(Content(100 * 1024)), s_params with { WaitForReady = true });

        Assert.Equal(2, api.Count);
        RequestAssert.Sent(api.Requests[1], HttpMethod.Get, $"/api/v1/assets/{AssetId}");
        Assert.Equal("workspace", result.Visibility);
        Assert.Equal("https://cdn.test/asset_d1.png", result.Url);
        Assert.Equal("direct", result.UploadedVia);
        Assert.Equal("product.png", result.Name);
        Assert.Equal((102400L, 8, 4), (result.SizeBytes, result.Width, result.Height));
        Assert.NotNull(result.CreatedAt);
        Assert.True(result.AdditionalProperties["new_field"].GetBoolean());
    }

    [Fact]
    public async Task UploadAsync_Exactly4MiB_GoesDirect()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(new byte[4 * 1024 * 1024]), s_params);

        Assert.StartsWith("multipart/form-data", api.Single().ContentHeaders["Content-Type"]);
    }

    [Fact]
    public async Task UploadAsync_5MiBStream_TakesTheSignedPath()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(), HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_s1/complete", Reply.Json("""{"asset_id":"asset_s1","status":"ready"}"""));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(new byte[5 * 1024 * 1024]), s_params);

        Assert.Equal("asset_s1", result.AssetId);
        var requests = api.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal("application/json; charset=utf-8", requests[0].ContentHeaders["Content-Type"]);
        Assert.Contains("\"source\":\"signed-url\"", requests[0].BodyText);
        Assert.Contains("\"project_id\":\"prj_1\"", requests[0].BodyText);
        Assert.Equal(Target, requests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task UploadAsync_UnknownLength_TakesTheSignedPath()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(), HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_s1/complete", Reply.Json("""{"asset_id":"asset_s1","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadAsync(new NonSeekableStream(Content(10)), s_params);

        Assert.Equal(3, api.Count);
        Assert.Contains("\"source\":\"signed-url\"", api.Requests[0].BodyText);
    }

    [Fact]
    public async Task UploadAsync_PathSignedUrl_ForcesTheSignedPathForASmallFile()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(), HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_s1/complete", Reply.Json("""{"asset_id":"asset_s1","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params with { UploadPath = AssetUploadPath.SignedUrl });

        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadAsync_PathDirect_ForcesTheDirectPathForAStreamOfUnknownLength()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.UploadAsync(new NonSeekableStream(Content(10)), s_params with { UploadPath = AssetUploadPath.Direct });

        Assert.StartsWith("multipart/form-data", api.Single().ContentHeaders["Content-Type"]);
    }

    [Fact]
    public async Task UploadAsync_PathDirectAbove4MiB_ThrowsArgumentExceptionBeforeSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Assets.UploadAsync(new MemoryStream(new byte[(4 * 1024 * 1024) + 1]), s_params with { UploadPath = AssetUploadPath.Direct }));

        Assert.Contains("4 MiB", ex.Message);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadAsync_DirectCreateAnswers415_FallsBackToSignedPathWithItsOwnDerivedKey()
    {
        var bytes = Content(2000);
        var api = RefusesDirectTakesSigned();
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), s_params, new RequestOptions { IdempotencyKey = "up-415" });

        Assert.Equal("asset_s1", result.AssetId);
        var requests = api.Requests;
        Assert.Equal(4, requests.Count);
        Assert.StartsWith("multipart/form-data", requests[0].ContentHeaders["Content-Type"]);
        Assert.Equal("up-415", requests[0].Header("Idempotency-Key"));
        Assert.Contains("\"source\":\"signed-url\"", requests[1].BodyText);
        Assert.Equal("up-415-create", requests[1].Header("Idempotency-Key"));

        // The stream was rewound: the signed target got every byte.
        Assert.Contains(Encoding.ASCII.GetString(bytes), requests[2].BodyText);
    }

    [Fact]
    public async Task UploadAsync_DirectCreateAnswers415WithoutCallerKey_FallbackSendsADifferentKey()
    {
        var api = RefusesDirectTakesSigned();
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params);

        var keys = api.Requests.Take(2).Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.All(keys, Assert.NotNull);
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Fact]
    public async Task UploadAsync_DirectCreate503ThenCreated_RetriesWithTheSameKeyAndRewoundBytes()
    {
        var clock = new TestClock();
        var bytes = Content(3000);
        var api = new StubApi().On(HttpMethod.Post, "assets",
            Reply.Error(HttpStatusCode.ServiceUnavailable, "unavailable", "try again"),
            Reply.Json(ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client(clock);

        await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(bytes), s_params));

        var requests = api.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Header("Idempotency-Key"), requests[1].Header("Idempotency-Key"));
        Assert.All(requests, r => Assert.Contains(Encoding.ASCII.GetString(bytes), Encoding.ASCII.GetString(r.Body!)));
    }

    [Fact]
    public async Task UploadAsync_DirectAnswerNotReadyWithWait_PollsUntilReady()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect().Replace("\"ready\"", "\"pending_upload\"", StringComparison.Ordinal), HttpStatusCode.Created))
            .On(HttpMethod.Get, $"assets/{AssetId}", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready"}"""));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params with { WaitForReady = true }));

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task CreateFromBytesAsync_SmallStream_ReturnsTheReadyCreateResponse()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        var created = await client.Assets.CreateFromBytesAsync(new MemoryStream(Content(10)), s_params with { UploadPath = AssetUploadPath.SignedUrl });

        Assert.Equal("direct", created.UploadedVia);
        Assert.Equal(AssetStatus.Ready, created.Status);
        Assert.StartsWith("multipart/form-data", api.Single().ContentHeaders["Content-Type"]);
    }

    [Fact]
    public async Task CreateFromBytesAsync_NullParameters_FaultsWithArgumentNullExceptionNamingItBeforeSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        var call = client.Assets.CreateFromBytesAsync(new MemoryStream(Content(10)), null!);
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => call);

        Assert.Equal("parameters", ex.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task CreateFromBytesAsync_WaitForReady_PollsUntilReady()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect().Replace("\"ready\"", "\"pending_upload\"", StringComparison.Ordinal), HttpStatusCode.Created))
            .On(HttpMethod.Get, $"assets/{AssetId}", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"pending_upload"}"""), Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready"}"""));
        using var client = api.Client(clock);

        var created = await clock.RunAsync(client.Assets.CreateFromBytesAsync(new MemoryStream(Content(10)), s_params with { WaitForReady = true }));

        Assert.Equal(AssetStatus.Ready, created.Status);
        Assert.Equal("direct", created.UploadedVia);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task CreateFromBytesAsync_WaitForReady_KeepsTheMetadataRetrieveAnswered()
    {
        // One mapping: the create response is the merged asset copied whole, not a hand copy of the fields a create documents.
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect().Replace("\"ready\"", "\"pending_upload\"", StringComparison.Ordinal), HttpStatusCode.Created))
            .On(HttpMethod.Get, $"assets/{AssetId}", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready","name":"product.png","size_bytes":10,"width":2}"""));
        using var client = api.Client(clock);

        var created = await clock.RunAsync(client.Assets.CreateFromBytesAsync(new MemoryStream(Content(10)), s_params with { WaitForReady = true }));

        var asset = created.ToAsset();
        Assert.Equal(("product.png", 10L, 2), (asset.Name, asset.SizeBytes, asset.Width));
        Assert.Equal("direct", created.UploadedVia);
    }

    [Fact]
    public async Task CreateFromBytesAsync_WaitForReadyTimeoutRunsOut_ThrowsNotReadyAfterTheReadyTimeout()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect().Replace("\"ready\"", "\"pending_upload\"", StringComparison.Ordinal), HttpStatusCode.Created))
            .On(HttpMethod.Get, $"assets/{AssetId}", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"pending_upload"}"""));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(
            client.Assets.CreateFromBytesAsync(new MemoryStream(Content(10)), s_params with { WaitForReady = true, ReadyTimeout = TimeSpan.FromSeconds(3) })));

        Assert.Equal(AssetId, ex.AssetId);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.Waited);
    }

    [Fact]
    public async Task CreateFromBytesAsync_Server415_ThrowsWithoutFallingBack()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.UnsupportedMediaType, "input_validation_error", "no direct uploads"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraApiException>(() => client.Assets.CreateFromBytesAsync(new MemoryStream(Content(10)), s_params));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, ex.StatusCode);
        Assert.Equal(1, api.Count);
    }

    [Theory]
    [InlineData("notes.txt", null)]
    [InlineData("a.png", "application/json")]
    [InlineData("model.glb", null)]
    public async Task UploadAsync_ContentTypeOutsideFlorasList_ThrowsNamingTheAllowedTypesBeforeSending(string fileName, string? contentType)
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params with { FileName = fileName, ContentType = contentType }));

        Assert.Contains("image/png", ex.Message);
        Assert.Contains("application/pdf", ex.Message);
        Assert.Contains("AllowUnknownContentType", ex.Message);
        Assert.Equal("parameters.ContentType", ex.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadAsync_AllowUnknownContentType_SendsTheGivenType()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params with { FileName = "scan.jxl", ContentType = "image/jxl", AllowUnknownContentType = true });

        Assert.Equal(new FormPart("file", "scan.jxl", "image/jxl"), api.Single().Parts[^1]);
    }

    [Fact]
    public async Task UploadAsync_ProjectIdWithoutPrefix_ThrowsBeforeSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params with { ProjectId = "project 1" }));

        Assert.Equal("parameters.ProjectId", ex.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadFileAsync_SmallFile_GoesDirectWithTheFilesNameAndProject()
    {
        var path = Path.Combine(Path.GetTempPath(), $"direct-{Guid.NewGuid():N}.webp");
        await File.WriteAllBytesAsync(path, Content(300));
        try
        {
            var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(ReadyDirect(), HttpStatusCode.Created));
            using var client = api.Client();

            await client.Assets.UploadFileAsync(path, new AssetFileUploadParams { WorkspaceId = "ws_1", ProjectId = "prj_9" });

            var request = api.Single();
            Assert.Equal(new FormPart("file", Path.GetFileName(path), "image/webp"), request.Parts[^1]);
            Assert.Contains("prj_9", Encoding.ASCII.GetString(request.Body!));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

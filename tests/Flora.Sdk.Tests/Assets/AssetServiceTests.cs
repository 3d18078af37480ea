using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Assets;

public class AssetServiceTests
{
    private static readonly DateTimeOffset s_exampleTime = new(2019, 12, 27, 18, 11, 19, 117, TimeSpan.Zero);

    [Fact]
    public async Task CreateAsync_SignedUrl_PostsExactSnakeCaseBodyWithoutNulls()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_abc123" });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/assets");
        Assert.Equal("""{"source":"signed-url","workspace_id":"ws_abc123"}""", request.BodyText);
        Assert.Equal("application/json; charset=utf-8", request.ContentHeaders["Content-Type"]);
        Assert.True(Guid.TryParse(request.Header("Idempotency-Key"), out _), "the generated key is a GUID");
    }

    [Fact]
    public async Task CreateAsync_AllFields_PostsEveryFieldInSnakeCase()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.CreateAsync(new AssetCreateParams
        {
            Source = "https://media.flora.ai/example.png",
            WorkspaceId = "ws_XXXX",
            ContentType = "image/png",
            FileName = "product.png",
            Folder = "api-uploads",
        });

        Assert.Equal(
            """{"source":"https://media.flora.ai/example.png","workspace_id":"ws_XXXX","content_type":"image/png","file_name":"product.png","folder":"api-uploads"}""",
            api.Single().BodyText);
    }

    [Fact]
    public async Task CreateAsync_DocumentedExample_ParsesEveryField()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Fixture(Fixtures.Create, HttpStatusCode.Created));
        using var client = api.Client();

        var asset = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_abc123" });

        Assert.Equal("asset_abc123", asset.AssetId);
        Assert.Equal(AssetStatus.PendingUpload, asset.Status);
        Assert.Equal("url", asset.UploadedVia);
        Assert.Equal("https://example.com", asset.Url);
        Assert.Equal("workspace", asset.Visibility);
        Assert.Equal("ws_abc123", asset.WorkspaceId);
        Assert.Equal(s_exampleTime, asset.ExpiresAt);
        Assert.Null(asset.FailureMessage);
        AssertExampleUpload(asset.Upload);
        Assert.Equal("https://upload.imagekit.io/api/v1/files/upload", asset.UploadUrl);
    }

    [Fact]
    public async Task CreateAsync_GuideCamelCaseUploadBlock_ParsesFormFieldsAndFileField()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Fixture(Fixtures.CreateGuide));
        using var client = api.Client();

        var asset = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_XXXX" });

        Assert.Equal("asset_...", asset.AssetId);
        Assert.Equal("https://ik.imagekit.io/flora/...", asset.Url);
        Assert.Equal(AssetStatus.PendingUpload, asset.Status);
        Assert.NotNull(asset.Upload);
        Assert.Equal("https://...", asset.Upload.Url);
        Assert.Empty(asset.Upload.FormFields);
        Assert.Equal("file", asset.Upload.FileField);
        Assert.Null(asset.UploadUrl);
        Assert.Null(asset.ExpiresAt);
    }

    [Fact]
    public async Task CompleteAsync_DocumentedExample_PostsToCompleteAndParsesEveryField()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets/asset_abc123/complete", Reply.Fixture(Fixtures.Complete));
        using var client = api.Client();

        var asset = await client.Assets.CompleteAsync("asset_abc123");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/assets/asset_abc123/complete");
        Assert.Null(request.Body);
        AssertExampleUploadState(asset, asset.Url, asset.WorkspaceId);
    }

    [Fact]
    public async Task RetryAsync_DocumentedExample_PostsToRetryAndParsesEveryField()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets/asset_abc123/retry", Reply.Fixture(Fixtures.Retry));
        using var client = api.Client();

        var asset = await client.Assets.RetryAsync("asset_abc123");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/assets/asset_abc123/retry");
        Assert.Null(request.Body);
        AssertExampleUploadState(asset, asset.Url, asset.WorkspaceId);
    }

    [Fact]
    public async Task RetrieveAsync_DocumentedExample_GetsAssetAndParsesEveryField()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets/asset_abc123", Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        var asset = await client.Assets.RetrieveAsync("asset_abc123");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/assets/asset_abc123");
        Assert.Null(request.Body);
        Assert.Equal("asset_abc123", asset.AssetId);
        Assert.Equal("content_type", asset.ContentType);
        Assert.Equal(s_exampleTime, asset.CreatedAt);
        Assert.Equal("description", asset.Description);
        Assert.Equal("failure_message", asset.FailureMessage);
        Assert.Equal(0, asset.Height);
        Assert.Equal("name", asset.Name);
        Assert.Equal(0L, asset.SizeBytes);
        Assert.Equal(AssetStatus.PendingUpload, asset.Status);
        Assert.Equal("upload_content_type", asset.UploadContentType);
        Assert.Equal("uploaded_via", asset.UploadedVia);
        Assert.Equal("https://example.com", asset.Url);
        Assert.Equal(0, asset.Width);
        Assert.Equal("ws_abc123", asset.WorkspaceId);
    }

    [Fact]
    public async Task ListAsync_DocumentedExample_ParsesEveryFieldAndMeta()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Fixture(Fixtures.List));
        using var client = api.Client();

        Page<AssetListResponse>? first = null;
        await foreach (var page in client.Assets.ListAsync().AsPages())
        {
            first = page;
            break;
        }

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/assets");
        Assert.NotNull(first);
        Assert.Equal("eyJvZmZzZXQiOjIwfQ", first.NextCursor);
        Assert.Equal(0L, first.TotalEstimate);
        var item = Assert.Single(first.Items);
        Assert.Equal("asset_abc123", item.AssetId);
        Assert.Equal("content_type", item.ContentType);
        Assert.Equal(0L, item.CreatedAt);
        Assert.Equal("description", item.Description);
        Assert.Equal(0, item.Height);
        Assert.Equal("name", item.Name);
        Assert.Equal(0L, item.SizeBytes);
        Assert.Equal(AssetStatus.PendingUpload, item.Status);
        Assert.Equal("upload_content_type", item.UploadContentType);
        Assert.Equal("uploaded_via", item.UploadedVia);
        Assert.Equal("https://example.com", item.Url);
        Assert.Equal(0, item.Width);
        Assert.Equal("ws_abc123", item.WorkspaceId);
        Assert.Equal("node_abc123", item.NodeId);
        Assert.Equal("prj_abc123", item.ProjectId);
    }

    [Fact]
    public async Task ListAsync_AllFilters_SendsEachAsEscapedQueryParameter()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"assets":[],"meta":{"next_cursor":null}}"""));
        using var client = api.Client();

        await foreach (var _ in client.Assets.ListAsync(new AssetListParams
        {
            WorkspaceId = "ws_XXXX",
            ProjectId = "prj_1",
            Query = "red car&blue",
            Limit = 10,
            Cursor = "c1",
        }))
        {
        }

        RequestAssert.Sent(
            api.Single(), HttpMethod.Get, "/api/v1/assets?workspace_id=ws_XXXX&project_id=prj_1&query=red%20car%26blue&limit=10&cursor=c1");
    }

    [Fact]
    public async Task ListAsync_NoParameters_SendsNoQueryString()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"assets":[]}"""));
        using var client = api.Client();

        await foreach (var _ in client.Assets.ListAsync())
        {
        }

        Assert.Equal("/api/v1/assets", api.Single().PathAndQuery);
    }

    [Theory]
    [InlineData("a/b", "/api/v1/assets/a%2Fb")]
    [InlineData("a?b", "/api/v1/assets/a%3Fb")]
    [InlineData("a#b", "/api/v1/assets/a%23b")]
    [InlineData("a%2Fb", "/api/v1/assets/a%252Fb")]
    [InlineData("asset_ü", "/api/v1/assets/asset_%C3%BC")]
    public async Task RetrieveAsync_IdWithReservedCharacters_EscapesItAsOnePathSegment(string assetId, string expectedPath)
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync(assetId);

        var request = api.Single();
        Assert.Equal(expectedPath, request.PathAndQuery);
        Assert.Equal(string.Empty, request.Uri.Query);
        Assert.Equal(string.Empty, request.Uri.Fragment);
    }

    [Theory]
    [InlineData("a/b", "/api/v1/assets/a%2Fb/complete")]
    [InlineData("a?b", "/api/v1/assets/a%3Fb/complete")]
    [InlineData("a#b", "/api/v1/assets/a%23b/complete")]
    [InlineData("a%2Fb", "/api/v1/assets/a%252Fb/complete")]
    public async Task CompleteAsync_IdWithReservedCharacters_EscapesItAsOnePathSegment(string assetId, string expectedPath)
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Complete));
        using var client = api.Client();

        await client.Assets.CompleteAsync(assetId);

        Assert.Equal(expectedPath, api.Single().PathAndQuery);
    }

    [Fact]
    public async Task RetryAsync_IdWithSlash_EscapesItAsOnePathSegment()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retry));
        using var client = api.Client();

        await client.Assets.RetryAsync("a/../b");

        Assert.Equal("/api/v1/assets/a%2F..%2Fb/retry", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task CreateAsync_CallerIdempotencyKey_IsSentAsGiven()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Fixture(Fixtures.Create));
        using var client = api.Client();

        await client.Assets.CreateAsync(
            new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_abc123" },
            new RequestOptions { IdempotencyKey = "my-key-123" });

        Assert.Equal("my-key-123", api.Single().Header("Idempotency-Key"));
    }

    [Fact]
    public async Task CompleteAsync_TwoCalls_GenerateDifferentIdempotencyKeys()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Complete));
        using var client = api.Client();

        await client.Assets.CompleteAsync("asset_1");
        await client.Assets.CompleteAsync("asset_1");

        var keys = api.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Fact]
    public async Task RetrieveAsync_ExtraHeaders_AreSentWithoutReplacingTheStandardOnes()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();
        var options = new RequestOptions();
        options.Headers["X-Trace"] = "t-1";

        await client.Assets.RetrieveAsync("asset_1", options);

        var request = api.Single();
        Assert.Equal("t-1", request.Header("X-Trace"));
        RequestAssert.StandardHeaders(request);
    }

    [Fact]
    public async Task CreateAsync_ResponseWithUnknownFieldsAndStatus_KeepsStatusAndIgnoresFields()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"asset_id":"asset_1","status":"processing","brand_new":{"nested":[1,2,3]},"another":true,"upload":{"url":"https://u.test","extra":1}}"""));
        using var client = api.Client();

        var asset = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" });

        Assert.Equal("asset_1", asset.AssetId);
        Assert.Equal("processing", asset.Status.ToString());
        Assert.False(asset.Status.IsKnown);
        Assert.NotEqual(AssetStatus.Ready, asset.Status);
        Assert.Equal("https://u.test", asset.Upload?.Url);
    }

    [Fact]
    public async Task ListAsync_FractionalAndNullNumbers_DoNotThrow()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"assets":[{"asset_id":"a1","created_at":1735689600123.75,"width":512.0,"height":null,"size_bytes":1e3,"status":"ready"}],"meta":{"next_cursor":null,"total_estimate":3.5}}"""));
        using var client = api.Client();

        var items = new List<AssetListResponse>();
        await foreach (var item in client.Assets.ListAsync())
        {
            items.Add(item);
        }

        var asset = Assert.Single(items);
        Assert.Equal(1735689600123L, asset.CreatedAt);
        Assert.Equal(512, asset.Width);
        Assert.Null(asset.Height);
        Assert.Equal(1000L, asset.SizeBytes);
        Assert.Equal(AssetStatus.Ready, asset.Status);
    }

    [Fact]
    public async Task RetrieveAsync_MissingOptionalFields_BecomeNullNotExceptions()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"asset_id":"asset_1"}"""));
        using var client = api.Client();

        var asset = await client.Assets.RetrieveAsync("asset_1");

        Assert.Equal("asset_1", asset.AssetId);
        Assert.Null(asset.CreatedAt);
        Assert.Null(asset.Width);
        Assert.Null(asset.Url);
        Assert.Equal(default, asset.Status);
    }

    [Fact]
    public async Task RetrieveAsync_CallerIdempotencyKey_IsNotSentOnGet()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync("asset_abc123", new RequestOptions { IdempotencyKey = "k-1" });

        Assert.Null(api.Single().Header("Idempotency-Key"));
    }


    [Fact]
    public async Task ListAsync_NullStatus_ReadsAsDefaultInsteadOfFailingThePage()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"assets":[{"asset_id":"a1","status":null,"url":null,"created_at":null}],"meta":{"next_cursor":null,"total_estimate":null}}"""));
        using var client = api.Client();

        var items = new List<AssetListResponse>();
        await foreach (var item in client.Assets.ListAsync())
        {
            items.Add(item);
        }

        var asset = Assert.Single(items);
        Assert.Equal(default, asset.Status);
        Assert.Null(asset.CreatedAt);
    }

    [Fact]
    public async Task CreateAsync_NullUploadBlockAndFormFields_ReadLeniently()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"asset_id":"a1","status":"ready","upload":{"url":"https://u.test","form_fields":null},"expires_at":null,"upload_url":null}"""));
        using var client = api.Client();

        var asset = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" });

        Assert.NotNull(asset.Upload);
        Assert.Empty(asset.Upload.FormFields);
        Assert.Null(asset.ExpiresAt);
    }


    /// <param name="url">The response's <c>Url</c> (each response type declares its own, with its documented nullability).</param>
    /// <param name="workspaceId">The response's <c>WorkspaceId</c>.</param>
    internal static void AssertExampleUploadState(AssetUploadState asset, string? url, string? workspaceId)
    {
        Assert.Equal("asset_abc123", asset.AssetId);
        Assert.Equal(AssetStatus.PendingUpload, asset.Status);
        Assert.Equal("https://example.com", url);
        Assert.Equal("workspace", asset.Visibility);
        Assert.Equal("ws_abc123", workspaceId);
        Assert.Equal(s_exampleTime, asset.ExpiresAt);
        Assert.Equal("failure_message", asset.FailureMessage);
        AssertExampleUpload(asset.Upload);
        Assert.Equal("https://upload.imagekit.io/api/v1/files/upload", asset.UploadUrl);
    }

    private static void AssertExampleUpload(Upload? upload)
    {
        Assert.NotNull(upload);
        Assert.Equal("multipart/form-data", upload.ContentType);
        Assert.Equal("file", upload.FileField);
        Assert.Equal("string", Assert.Single(upload.FormFields, f => f.Key == "foo").Value);
        Assert.Single(upload.FormFields);
        Assert.Equal("POST", upload.Method);
        Assert.Equal("https://example.com", upload.Url);
    }
}

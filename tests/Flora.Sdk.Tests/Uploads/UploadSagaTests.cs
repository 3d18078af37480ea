using System.Net;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>UploadAsync (create → upload to the signed target → complete) and WaitForReadyAsync, all in memory.</summary>
public class UploadSagaTests
{
    internal const string AssetId = "asset_u1";
    internal const string FirstTarget = "https://upload.test/bucket/first";
    internal const string SecondTarget = "https://upload.test/bucket/second";

    // These tests are about the signed path, which small files take only when asked (the direct path is DirectUploadTests').
    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png", Folder = "api-uploads", UploadPath = AssetUploadPath.SignedUrl };

    private static string Reservation(string target, string expiresAt = "2000-01-01T01:00:00Z") => $$$"""
        {"asset_id":"{{{AssetId}}}","status":"pending_upload","uploaded_via":"signed_url","url":"https://cdn.test/a.png","workspace_id":"ws_1",
         "expires_at":"{{{expiresAt}}}",
         "upload":{"content_type":"multipart/form-data","file_field":"file","method":"POST","url":"{{{target}}}",
                   "form_fields":{"key":"uploads/a.png","policy":"cG9saWN5","x-signature":"sig"} } }
        """;

    private static Func<HttpRequestMessage, HttpResponseMessage> Asset(string status, string? failure = null) =>
        Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"{{status}}","url":"https://cdn.test/a.png","workspace_id":"ws_1","failure_message":{{(failure is null ? "null" : $"\"{failure}\"")}}}""");

    private static byte[] Content(int length) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0123456789abcdef", (length / 16) + 1))).AsSpan(0, length).ToArray();

    [Fact]
    public async Task UploadAsync_SignedPostUpload_CreatesUploadsMultipartAndCompletes()
    {
        var bytes = Content(1000);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget), HttpStatusCode.Created))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), s_params);

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(AssetId, result.AssetId);
        var requests = api.Requests;
        Assert.Equal(3, requests.Count);

        RequestAssert.Sent(requests[0], HttpMethod.Post, "/api/v1/assets");
        Assert.Equal(
            """{"source":"signed-url","workspace_id":"ws_1","content_type":"image/png","file_name":"product.png","folder":"api-uploads"}""",
            requests[0].BodyText);

        var upload = requests[1];
        Assert.Equal(HttpMethod.Post, upload.Method);
        Assert.Equal(FirstTarget, upload.Uri.AbsoluteUri);
        Assert.Null(upload.Header("Authorization"));
        Assert.DoesNotContain(TestClient.ApiKey, upload.BodyText);
        Assert.StartsWith("multipart/form-data", upload.ContentHeaders["Content-Type"]);

        Assert.Equal(["key", "policy", "x-signature", "file"], upload.Parts.Select(p => p.Name));
        Assert.Equal(new FormPart("file", "product.png", "image/png"), upload.Parts[^1]);
        Assert.All(upload.Parts.Take(upload.Parts.Count - 1), p => Assert.Null(p.FileName));

        var body = upload.BodyText!;
        Assert.True(body.IndexOf("uploads/a.png", StringComparison.Ordinal) < body.IndexOf(Encoding.ASCII.GetString(bytes), StringComparison.Ordinal));
        Assert.Contains(Encoding.ASCII.GetString(bytes), body);
        Assert.Contains("cG9saWN5", body);

        RequestAssert.Sent(requests[2], HttpMethod.Post, $"/api/v1/assets/{AssetId}/complete");
    }

    [Fact]
    public async Task UploadAsync_NoUploadBlock_PutsRawBytesToUploadUrl()
    {
        var bytes = Content(777);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"pending_upload","upload_url":"https://upload.test/put/abc?sig=1"}"""))
            .On(HttpMethod.Put, "https://upload.test/put/abc?sig=1", Reply.Status(HttpStatusCode.OK))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), s_params with { ContentType = "image/webp" });

        Assert.Equal(AssetStatus.Ready, result.Status);
        var put = api.Requests[1];
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("/put/abc?sig=1", put.PathAndQuery);
        Assert.Equal(bytes, put.Body);
        Assert.Equal("image/webp", put.ContentHeaders["Content-Type"]);
        Assert.Null(put.Header("Authorization"));
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadAsync_Progress_ReportsCumulativeBytesEndingAtLength()
    {
        var bytes = Content(300_000);
        var progress = new RecordingProgress();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(bytes), s_params with { Progress = progress });

        var values = progress.Values;
        Assert.True(values.Count >= 2, "a 300 kB upload reports more than once");
        Assert.Equal(bytes.Length, values[^1]);
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.True(pair.Second > pair.First, "progress is cumulative"));
    }

    [Fact]
    public async Task UploadAsync_TargetRejects403_CallsRetryOnceAndUploadsAfresh()
    {
        var bytes = Content(2048);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Text(HttpStatusCode.Forbidden, "<Error><Code>AccessDenied</Code></Error>", "application/xml"))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reply.Json(Reservation(SecondTarget)))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(bytes), s_params);

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(
            [TestClient.Url("assets"), FirstTarget, TestClient.Url($"assets/{AssetId}/retry"), SecondTarget, TestClient.Url($"assets/{AssetId}/complete")],
            api.Requests.Select(r => r.Uri.AbsoluteUri));
        Assert.Contains(Encoding.ASCII.GetString(bytes), api.Requests[3].BodyText);
        Assert.Null(api.Requests[3].Header("Authorization"));
        RequestAssert.StandardHeaders(api.Requests[2]);
    }

    [Fact]
    public async Task UploadAsync_TargetRejectsTwice_RenewsOnlyOnceThenThrows()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.Forbidden))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reply.Json(Reservation(SecondTarget)))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.Forbidden));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("upload.test", ex.Host);
        Assert.DoesNotContain("FLORA API", ex.Message);

        Assert.Equal(1, api.Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/retry", StringComparison.Ordinal)));
        Assert.DoesNotContain(api.Requests, r => r.Uri.AbsolutePath.EndsWith("/complete", StringComparison.Ordinal));
        Assert.Equal(4, api.Count);
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStreamNeedsSecondPass_ThrowsFloraExceptionAboutSeeking()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.Forbidden))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reply.Json(Reservation(SecondTarget)))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new NonSeekableStream(Content(64)), s_params));

        Assert.Contains("seek", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(api.Requests, r => r.Uri.AbsoluteUri == SecondTarget);
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStreamAndTransientFailure_ThrowsFloraExceptionAboutSeeking()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "0")));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new NonSeekableStream(Content(64)), s_params));

        Assert.Contains("seek", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, api.Requests.Count(r => r.Uri.AbsoluteUri == FirstTarget));
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStreamFirstPassSucceeds_Uploads()
    {
        var bytes = Content(5000);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new NonSeekableStream(bytes), s_params);

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Contains(Encoding.ASCII.GetString(bytes), api.Requests[1].BodyText);
    }

    [Fact]
    public async Task UploadAsync_TargetTransient503_RetriesUploadLikeApiCalls()
    {
        var clock = new TestClock();
        var bytes = Content(4096);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(bytes), s_params));

        Assert.Equal(AssetStatus.Ready, result.Status);
        var uploads = api.Requests.Where(r => r.Uri.AbsoluteUri == FirstTarget).ToList();
        Assert.Equal(2, uploads.Count);
        Assert.All(uploads, u => Assert.Contains(Encoding.ASCII.GetString(bytes), u.BodyText));
        Assert.DoesNotContain(api.Requests, r => r.Uri.AbsolutePath.EndsWith("/retry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadAsync_ReservationAlreadyExpired_RenewsBeforeUploading()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget, expiresAt: "1999-12-31T23:00:00Z")))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reply.Json(Reservation(SecondTarget)))
            .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params);

        Assert.Equal(
            [TestClient.Url("assets"), TestClient.Url($"assets/{AssetId}/retry"), SecondTarget, TestClient.Url($"assets/{AssetId}/complete")],
            api.Requests.Select(r => r.Uri.AbsoluteUri));
    }

    [Fact]
    public async Task UploadAsync_CompleteAnswersIdempotencyDuplicate_ReturnsRetrievedState()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "Duplicate request"))
            .On(HttpMethod.Get, $"assets/{AssetId}", Asset("ready"));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params);

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(AssetId, result.AssetId);
        Assert.Equal("https://cdn.test/a.png", result.Url);
        RequestAssert.Sent(api.Requests[^1], HttpMethod.Get, $"/api/v1/assets/{AssetId}");
        Assert.Equal(1, api.Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/complete", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UploadAsync_DuplicateCompleteButStillPending_RethrowsConflict()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "Duplicate request"))
            .On(HttpMethod.Get, $"assets/{AssetId}", Asset("pending_upload"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraConflictException>(() => client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params));

        Assert.Equal("idempotency_duplicate", ex.ErrorCode);
    }

    [Fact]
    public async Task UploadAsync_CallerIdempotencyKey_IsDerivedPerStep()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params, new RequestOptions { IdempotencyKey = "upload-7" });

        Assert.Equal("upload-7-create", api.Requests[0].Header("Idempotency-Key"));
        Assert.Null(api.Requests[1].Header("Idempotency-Key"));
        Assert.Equal("upload-7-complete", api.Requests[2].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task UploadAsync_PlainHttpUploadTarget_RefusesToSendBytes()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(Reservation("http://upload.test/insecure")));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params));

        Assert.Contains("https", ex.Message);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_UploadBlockSaysPut_PutsRawBytesWithoutFormFields()
    {
        var bytes = Content(500);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json($$$"""{"asset_id":"{{{AssetId}}}","status":"pending_upload","upload":{"url":"{{{FirstTarget}}}","method":"PUT","form_fields":{"key":"k"} } }"""))
            .On(HttpMethod.Put, FirstTarget, Reply.Status(HttpStatusCode.OK))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(bytes), s_params);

        var put = api.Requests[1];
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal(bytes, put.Body);
        Assert.Equal("image/png", put.ContentHeaders["Content-Type"]);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadAsync_UploadBlockNamesUnknownMethod_ThrowsWithoutSendingBytes()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json($$$"""{"asset_id":"{{{AssetId}}}","status":"pending_upload","upload":{"url":"{{{FirstTarget}}}","method":"PATCH"}}"""));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params));

        Assert.Contains("PATCH", ex.Message);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_NoUploadInstructions_ThrowsFloraException()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"pending_upload"}"""));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params));

        Assert.Contains(AssetId, ex.Message);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_WaitForReady_PollsUntilReady()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("processing"))
            .On(HttpMethod.Get, $"assets/{AssetId}", Asset("processing"), Asset("ready"));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params with { WaitForReady = true }));

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(2, api.Requests.Count(r => r.Method == HttpMethod.Get));
    }

    [Fact]
    public async Task UploadAsync_GuideCamelCaseUploadBlock_UsesItsFileFieldAndFormFields()
    {
        var bytes = Content(300);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"pending_upload","upload":{"url":"{{FirstTarget}}","formFields":{"token":"t-1"},"fileField":"media"} }"""))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.Created))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "clip.mp4", UploadPath = AssetUploadPath.SignedUrl });

        var upload = api.Requests[1];
        Assert.Equal([new FormPart("token", null, null), new FormPart("media", "clip.mp4", "video/mp4")], upload.Parts);
        Assert.Contains("t-1", upload.BodyText);
        Assert.Contains("\"content_type\":\"video/mp4\"", api.Requests[0].BodyText);
    }

    [Fact]
    public async Task UploadAsync_TargetNeverAnswers_TimesOutAfterRetries()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)));
        api.Hang(HttpMethod.Post, FirstTarget);
        using var client = api.Client(clock, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(4);
            o.MaxRetries = 1;
        });

        var attempts = 0;
        await Assert.ThrowsAsync<FloraTimeoutException>(() => clock.RunAsync(
            client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params),
            // The i-th 4 s timer belongs to the i-th request (the create, then each upload attempt). The create's timer is
            // passed only once the first upload arrived, so the create can never be the one that times out.
            due => due == TimeSpan.FromSeconds(4) ? api.WaitForCountAsync(Math.Max(2, ++attempts)) : Task.CompletedTask));

        Assert.Equal(2, api.Requests.Count(r => r.Uri.AbsoluteUri == FirstTarget));
        Assert.DoesNotContain(api.Requests, r => r.Uri.AbsolutePath.EndsWith("/complete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadAsync_CallerCancelsDuringUpload_ThrowsOperationCanceledAndDoesNotComplete()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)));
        api.Hang(HttpMethod.Post, FirstTarget);
        using var client = api.Client();
        using var cts = new CancellationTokenSource();

        var upload = client.Assets.UploadAsync(new MemoryStream(Content(10)), s_params, cancellationToken: cts.Token);
        await api.WaitForCountAsync(2);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        Assert.IsNotType<FloraTimeoutException>(ex);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task UploadFileAsync_File_UsesItsNameAndInferredContentType()
    {
        var path = Path.Combine(Path.GetTempPath(), $"flora-test-{Guid.NewGuid():N}.jpg");
        var bytes = Content(2500);
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var api = new StubApi()
                .On(HttpMethod.Post, "assets", Reply.Json(Reservation(FirstTarget)))
                .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
                .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));
            using var client = api.Client();

            var result = await client.Assets.UploadFileAsync(path, new AssetFileUploadParams { WorkspaceId = "ws_1", UploadPath = AssetUploadPath.SignedUrl });

            Assert.Equal(AssetStatus.Ready, result.Status);
            Assert.Equal(
                $$"""{"source":"signed-url","workspace_id":"ws_1","content_type":"image/jpeg","file_name":"{{Path.GetFileName(path)}}"}""",
                api.Requests[0].BodyText);
            Assert.Equal(new FormPart("file", Path.GetFileName(path), "image/jpeg"), api.Requests[1].Parts[^1]);
            Assert.Contains(Encoding.ASCII.GetString(bytes), api.Requests[1].BodyText);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task UploadFileAsync_MissingFile_ThrowsFileNotFoundWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAsync<FileNotFoundException>(() =>
            client.Assets.UploadFileAsync(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.png"), new AssetFileUploadParams { WorkspaceId = "ws_1" }));

        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task WaitForReadyAsync_AlreadyReady_ReturnsAfterOnePoll()
    {
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("ready"));
        using var client = api.Client();

        var asset = await client.Assets.WaitForReadyAsync(AssetId);

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task WaitForReadyAsync_PendingThenReady_PollsWithGrowingPauses()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("pending_upload"), Asset("processing"), Asset("ready"));
        using var client = api.Client(clock);

        var asset = await clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(3, api.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5)], clock.CreatedTimers);
    }

    [Fact]
    public async Task WaitForReadyAsync_Failed_ThrowsAssetFailedExceptionWithFailureMessage()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("pending_upload"), Asset("failed", "Unsupported codec"));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraAssetFailedException>(() => clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId)));

        Assert.Equal("Unsupported codec", ex.FailureMessage);
        Assert.Equal(AssetId, ex.AssetId);
        Assert.Contains("Unsupported codec", ex.Message);
    }

    [Fact]
    public async Task WaitForReadyAsync_NeverReady_TimesOutOnTheFakeClock()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("pending_upload"));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() =>
            clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId, TimeSpan.FromSeconds(3))));

        Assert.Contains(AssetId, ex.Message);
        Assert.Equal(AssetId, ex.AssetId);
        Assert.Equal(AssetStatus.PendingUpload, ex.LastStatus);
        Assert.IsNotType<FloraConnectionException>(ex, exactMatch: false);
        Assert.Contains("WaitForReadyAsync", ex.Message);
        Assert.Equal(4, api.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(0.5)], clock.CreatedTimers);
        Assert.Equal(TimeSpan.FromSeconds(3), clock.GetUtcNow() - started);
    }

    [Fact]
    public async Task WaitForReadyAsync_CallerCancels_ThrowsOperationCanceled()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("pending_upload"));
        using var client = api.Client(clock);
        using var cts = new CancellationTokenSource();

        var wait = client.Assets.WaitForReadyAsync(AssetId, cancellationToken: cts.Token);
        await clock.NextTimerAsync();
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.IsNotType<FloraTimeoutException>(ex);
        Assert.Equal(1, api.Count);
    }
}

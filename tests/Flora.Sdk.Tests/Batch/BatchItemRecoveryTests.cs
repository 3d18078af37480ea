using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>
/// A rerun of a keyed batch: an item whose create is refused because an earlier run used its key adopts the asset that
/// run made, found by the list (name, type, size, workspace, project, how it was uploaded, made within FLORA's two
/// hours), or fails naming the candidates when there is not exactly one.
/// </summary>
public sealed class BatchItemRecoveryTests
{
    private const string ListQuery = "assets?workspace_id=ws_1&query=product.png&limit=100";

    // The test client's clock stands still at 2000-01-01T00:00:00Z.
    private static readonly long s_now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly long s_window = (long)(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(5)).TotalMilliseconds;
    private static readonly long s_skew = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private static readonly RequestOptions s_rerun = new() { IdempotencyKey = "run" };
    private static readonly AssetUploadItem s_item = BatchRun.Item("product.png", 10) with { Key = "row-1" };

    public static TheoryData<string, string, string, bool> Candidates => new()
    {
        { "the earlier run's asset", "asset_id", "\"asset_old\"", true },
        { "no id", "asset_id", "\"\"", false },
        { "another name", "name", "\"Product.png\"", false },
        { "the type in other case", "content_type", "\"IMAGE/PNG\"", true },
        { "another type", "content_type", "\"image/jpeg\"", false },
        { "no workspace", "workspace_id", "null", true },
        { "another workspace", "workspace_id", "\"ws_2\"", false },
        { "a project (the batch names none)", "project_id", "\"prj_9\"", true },
        { "no size", "size_bytes", "null", true },
        { "another size", "size_bytes", "11", false },
        { "uploaded by an unnamed path", "uploaded_via", "\"\"", true },
        { "uploaded signed", "uploaded_via", "\"signed_url\"", true },
        { "fetched from a URL", "uploaded_via", "\"url\"", false },
        { "no creation time", "created_at", "null", false },
        { "made at the window's start", "created_at", Num(s_now - s_window), true },
        { "made before the window", "created_at", Num(s_now - s_window - 1), false },
        { "made at the skew's end", "created_at", Num(s_now + s_skew), true },
        { "made after the skew", "created_at", Num(s_now + s_skew + 1), false },
        { "a time in seconds", "created_at", Num((s_now / 1000) - 60), true },
        { "a time past year 9999", "created_at", "253402300800000", false },
        { "a negative time", "created_at", "-1", false },
    };

    [Theory]
    [MemberData(nameof(Candidates))]
    public async Task UploadManyAsync_KeyUsedBefore_AdoptsTheListedAssetOnlyWhenItFitsTheItem(string candidate, string field, string json, bool fits)
    {
        var api = Rerun(Page(Listed((field, json))));
        using var client = api.Client();

        var result = await AdoptAsync(client);

        if (fits)
        {
            Assert.True(result.Adopted, candidate + ": " + result.Error);
            Assert.Equal("asset_old", result.Asset!.AssetId);
        }
        else
        {
            var error = Assert.IsType<FloraLostCreateException>(result.Error);
            Assert.Empty(error.CandidateAssetIds);
            Assert.False(result.Adopted, candidate);
        }
    }

    [Theory]
    [InlineData("1970-01-01T01:00:00Z", 0L)]
    [InlineData("1973-03-03T09:46:40Z", 100_000_000_000L)]
    public async Task UploadManyAsync_CreatedAtAtTheEdgeOfSecondsAndMilliseconds_IsReadAsTheDocsSay(string now, long createdAt)
    {
        // docs/reliability.md: created_at is Unix milliseconds, or seconds below 100,000,000,000 (0 is the epoch in seconds).
        var api = Rerun(Page(Listed(("created_at", Num(createdAt)))));
        using var client = api.Client(new TestClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

        var result = await AdoptAsync(client);

        Assert.True(result.Adopted, result.Error?.ToString());
    }

    [Fact]
    public async Task UploadManyAsync_KeyUsedBefore_AdoptsTheReadyAssetWithTheItemsResultAndReadsItOnce()
    {
        var api = Rerun(Page(Listed()));
        using var client = api.Client();
        var progress = new RecordingBatchProgress();

        var result = await AdoptAsync(client, BatchRun.Params with { Progress = progress });

        Assert.Equal((0, 10L, true, true), (result.Index, result.Length, result.Adopted, result.Succeeded));
        Assert.Same(s_item, result.Item);
        Assert.Equal(AssetStatus.Ready, result.Asset!.Status);
        Assert.Equal(["POST /api/v1/assets", "GET /api/v1/" + ListQuery, "GET /api/v1/assets/asset_old"], Sent(api));
        Assert.Equal("run-" + Flora.Sdk.Batch.BatchItemKeys.Hash("key:row-1"), api.Requests[0].Header("Idempotency-Key"));
        var last = progress.Reports[^1];
        Assert.Equal((true, 1, 0), (last.ItemFinished, last.FilesSucceeded, last.FilesFailed));
    }

    [Fact]
    public async Task UploadManyAsync_KeyUsedBeforeInAProject_ListsThatProjectAndAdoptsOnlyItsAsset()
    {
        var api = Rerun(Page(Listed(("asset_id", "\"asset_other\""), ("project_id", "\"prj_2\"")), Listed(("project_id", "\"prj_1\""))));
        using var client = api.Client();

        var result = await AdoptAsync(client, BatchRun.Params with { ProjectId = "prj_1" });

        Assert.Equal("asset_old", result.Asset!.AssetId);
        Assert.Equal("/api/v1/assets?workspace_id=ws_1&project_id=prj_1&query=product.png&limit=100", api.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task UploadManyAsync_TheItemsOrTheBatchsContentType_PicksTheCandidateOfThatType()
    {
        var page = Page(
            Listed(("asset_id", "\"asset_png\"")),
            Listed(("asset_id", "\"asset_webp\""), ("content_type", "\"image/webp\"")),
            Listed(("asset_id", "\"asset_jpeg\""), ("content_type", "\"image/jpeg\"")));
        var api = RerunOf("*", page, Reply.Json("""{"asset_id":"asset_x","status":"ready"}"""));
        using var client = api.Client();

        var inferred = await AdoptAsync(client);
        var batchType = await AdoptAsync(client, BatchRun.Params with { ContentType = "image/jpeg" });
        var itemType = await AdoptAsync(client, BatchRun.Params with { ContentType = "image/jpeg" }, s_item with { ContentType = "image/webp" });

        Assert.All([inferred, batchType, itemType], r => Assert.True(r.Adopted, r.Error?.ToString()));
        Assert.Equal(
            ["/api/v1/assets/asset_png", "/api/v1/assets/asset_jpeg", "/api/v1/assets/asset_webp"],
            api.Requests.Where(r => r.Uri.AbsolutePath.StartsWith("/api/v1/assets/", StringComparison.Ordinal)).Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task UploadManyAsync_ItemOfUnknownLength_AdoptsACandidateOfAnySize()
    {
        var api = Rerun(Page(Listed(("size_bytes", "999"))));
        using var client = api.Client();
        var unseekable = AssetUploadItem.FromStream("product.png", () => new NonSeekableStream(new MemoryStream(new byte[10]))) with { Key = "row-1" };

        var result = await AdoptAsync(client, item: unseekable);

        Assert.True(result.Adopted, result.Error?.ToString());
        Assert.Null(result.Length);
    }

    [Fact]
    public async Task UploadManyAsync_TwoCandidatesFit_FailsTheItemNamingBothAndTheKey()
    {
        var api = Rerun(Page(Listed(("asset_id", "\"asset_a\"")), Listed(("asset_id", "\"asset_b\""))));
        using var client = api.Client();
        var progress = new RecordingBatchProgress();

        var result = await AdoptAsync(client, BatchRun.Params with { Progress = progress });

        var error = Assert.IsType<FloraLostCreateException>(result.Error);
        Assert.Equal(["asset_a", "asset_b"], error.CandidateAssetIds);
        Assert.Contains("2 assets fit it (asset_a, asset_b)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Item 'product.png' was uploaded before with the same idempotency key ('run-", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check the candidates with RetrieveAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal("idempotency_duplicate", Assert.IsType<FloraConflictException>(error.InnerException).ErrorCode);
        Assert.Equal((false, 10L), (result.Adopted, result.Length));
        Assert.Equal(2, api.Count);
        var last = progress.Reports[^1];
        Assert.Equal((true, 0, 1), (last.ItemFinished, last.FilesSucceeded, last.FilesFailed));
    }

    [Fact]
    public async Task UploadManyAsync_KeyUsedBeforeAndEveryPageRepeatsItsCursor_PagesAsTheUploadsRecoveryDoesAndNamesNoCandidate()
    {
        // One recovery: the batch reads the list as a lost create's recovery does, ten pages at most, whatever the cursors.
        var other = Listed(("name", "\"other.png\""));
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Duplicate())
            .On(HttpMethod.Get, "assets", Reply.Json($$$"""{"assets":[{{{other}}}],"meta":{"next_cursor":"more"}}"""));
        using var client = api.Client();

        var error = Assert.IsType<FloraLostCreateException>((await AdoptAsync(client)).Error);

        Assert.Empty(error.CandidateAssetIds);
        Assert.Equal(10, api.Requests.Count(r => r.Method == HttpMethod.Get));
    }

    [Fact]
    public async Task UploadManyAsync_NoCandidateFits_FailsTheItemSayingSo()
    {
        var api = Rerun(Page());
        using var client = api.Client();

        var error = Assert.IsType<FloraLostCreateException>((await AdoptAsync(client)).Error);

        Assert.Contains("no asset fits it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadManyAsync_CandidatesOnEveryPage_ReadsTenPagesAtMost()
    {
        var pages = 0;
        var api = Rerun(request => Reply.Json($$$"""{"assets":[{{{Listed()}}}],"meta":{"next_cursor":"page-{{{++pages}}}"}}""")(request));
        using var client = api.Client();

        var error = Assert.IsType<FloraLostCreateException>((await AdoptAsync(client)).Error);

        Assert.Equal(10, error.CandidateAssetIds.Count);
        Assert.Equal(11, api.Count);
        Assert.EndsWith("&cursor=page-9", api.Requests[^1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadManyAsync_EarlierRunsAssetFailed_FailsTheItemWithTheAssetsFailure()
    {
        var api = Rerun(Page(Listed()), Reply.Json("""{"asset_id":"asset_old","status":"failed","failure_message":"corrupt"}"""));
        using var client = api.Client();

        var error = Assert.IsType<FloraAssetFailedException>((await AdoptAsync(client)).Error);

        Assert.Equal(("asset_old", "corrupt"), (error.AssetId, error.FailureMessage));
    }

    [Fact]
    public async Task UploadManyAsync_EarlierRunReservedButNeverCompleted_CompletesWithAFreshKeyAndAdopts()
    {
        var api = Rerun(
                Page(Listed(("uploaded_via", "\"signed_url\""), ("size_bytes", "null"))),
                Reply.Json("""{"asset_id":"asset_old","status":"pending_upload","uploaded_via":"signed_url"}"""),
                Reply.Json("""{"asset_id":"asset_old","status":"ready","uploaded_via":"signed_url"}"""))
            .On(HttpMethod.Post, "assets/asset_old/complete", Reply.Json("""{"asset_id":"asset_old","status":"ready"}"""));
        using var client = api.Client();

        var result = await AdoptAsync(client);

        Assert.Equal(AssetStatus.Ready, result.Asset!.Status);
        Assert.True(result.Adopted);
        Assert.Equal(
            ["POST /api/v1/assets", "GET /api/v1/" + ListQuery, "GET /api/v1/assets/asset_old", "POST /api/v1/assets/asset_old/complete", "GET /api/v1/assets/asset_old"],
            Sent(api));
        Assert.DoesNotContain("run-", api.Requests[3].Header("Idempotency-Key"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadManyAsync_EarlierRunsReservationNeverGotItsBytes_FailsTheItemNamingTheAsset()
    {
        var api = Rerun(
                Page(Listed(("uploaded_via", "\"signed_url\""), ("size_bytes", "null"))),
                Reply.Json("""{"asset_id":"asset_old","status":"pending_upload","uploaded_via":"signed_url"}"""))
            .On(HttpMethod.Post, "assets/asset_old/complete", Reply.Error(HttpStatusCode.Conflict, "upload_missing", "No bytes."));
        using var client = api.Client();

        var error = Assert.IsType<FloraLostCreateException>((await AdoptAsync(client)).Error);

        Assert.Equal(["asset_old"], error.CandidateAssetIds);
        Assert.Contains("reserved asset 'asset_old' but its bytes never arrived", error.Message, StringComparison.Ordinal);
        Assert.Contains("Upload the item again with a new batch key", error.Message, StringComparison.Ordinal);
        Assert.IsType<FloraConflictException>(error.InnerException);
    }

    [Theory]
    [InlineData("signed_url", "10", "pending_upload")]
    [InlineData("direct", "null", "pending_upload")]
    [InlineData("signed_url", "null", "processing")]
    public async Task UploadManyAsync_EarlierRunsAssetNotAnUncompletedReservation_IsNotCompletedAgain(string via, string size, string status)
    {
        var api = Rerun(
            Page(Listed(("uploaded_via", $"\"{via}\""), ("size_bytes", size))),
            Reply.Json($$"""{"asset_id":"asset_old","status":"{{status}}","uploaded_via":"{{via}}","size_bytes":{{size}}}"""));
        using var client = api.Client();

        var result = await AdoptAsync(client);

        Assert.True(result.Adopted, result.Error?.ToString());
        Assert.DoesNotContain(api.Requests, r => r.PathAndQuery.EndsWith("/complete", StringComparison.Ordinal));
        Assert.Equal(2, api.Requests.Count(r => r.PathAndQuery == "/api/v1/assets/asset_old"));
    }

    [Fact]
    public async Task UploadManyAsync_EarlierRunsAssetStillProcessing_WaitsForItWithTheBatchsReadyTimeout()
    {
        var clock = new TestClock();
        var api = Rerun(
            Page(Listed()),
            Reply.Json("""{"asset_id":"asset_old","status":"processing"}"""),
            Reply.Json("""{"asset_id":"asset_old","status":"processing"}"""),
            Reply.Json("""{"asset_id":"asset_old","status":"ready"}"""));
        using var client = api.Client(clock);
        var batch = BatchRun.Params with { WaitForReady = true, ReadyTimeout = TimeSpan.FromMilliseconds(700) };

        var result = await clock.RunAsync(AdoptAsync(client, batch));

        Assert.Equal(AssetStatus.Ready, result.Asset!.Status);
        Assert.True(result.Adopted);
        Assert.Equal(3, api.Requests.Count(r => r.PathAndQuery == "/api/v1/assets/asset_old"));
        Assert.Equal([TimeSpan.FromMilliseconds(700)], clock.CreatedTimers);
    }

    [Fact]
    public async Task UploadManyAsync_RetriedCreateRefusedAndNoAssetOfThisCall_AdoptsTheEarlierRunsAsset()
    {
        // The upload's own recovery looks only for an asset made during this call; the earlier run's is 30 minutes old.
        var clock = new TestClock();
        var api = RetriedRerun(Page(Listed(("created_at", Num(s_now - (30 * 60_000))))));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(AdoptAsync(client));

        Assert.True(result.Adopted, result.Error?.ToString());
        Assert.Equal(["POST /api/v1/assets", "POST /api/v1/assets", "GET /api/v1/" + ListQuery, "GET /api/v1/" + ListQuery, "GET /api/v1/assets/asset_old"], Sent(api));
    }

    [Fact]
    public async Task UploadManyAsync_RetriedCreateRefusedAndTwoAssetsOfThisCall_FailsTheItemNamingThemWithoutAdopting()
    {
        var clock = new TestClock();
        var api = RetriedRerun(Page(Listed(("asset_id", "\"asset_a\"")), Listed(("asset_id", "\"asset_b\""))));
        using var client = api.Client(clock);

        var result = await clock.RunAsync(AdoptAsync(client));

        Assert.Equal(["asset_a", "asset_b"], Assert.IsType<FloraLostCreateException>(result.Error).CandidateAssetIds);
        Assert.False(result.Adopted);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task UploadManyAsync_CancelledWhileAdopting_YieldsNoResultForTheItemAndThrows()
    {
        var listed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Duplicate())
            .OnHeld(HttpMethod.Get, ListQuery, _ =>
            {
                // Never answered: only the batch's cancellation ends the list.
                listed.TrySetResult(true);
                return new TaskCompletionSource<HttpResponseMessage>().Task;
            });
        using var client = api.Client();
        using var cancel = new CancellationTokenSource();
        var results = new List<AssetUploadResult>();

        async Task ReadAsync()
        {
            await foreach (var result in client.Assets.UploadManyAsync([s_item], BatchRun.Params, s_rerun, cancel.Token))
            {
                results.Add(result);
            }
        }

        var reading = ReadAsync();
        await listed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(results);
    }

    [Fact]
    public async Task UploadManyAsync_NoBatchKey_FailsTheRefusedItemWithoutLookingForAnAsset()
    {
        var api = Rerun(Page(Listed()));
        using var client = api.Client();

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync([s_item], BatchRun.Params));

        Assert.Equal("idempotency_duplicate", Assert.IsType<FloraConflictException>(Assert.Single(results).Error).ErrorCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadManyAsync_ReadsOfARerun_CarryTheBatchsHeadersRetriesAndTimeoutButNotItsKey()
    {
        var clock = new TestClock();
        var api = Rerun(Reply.Status(HttpStatusCode.ServiceUnavailable));
        using var client = api.Client(clock);
        var options = new RequestOptions { IdempotencyKey = "run", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(7) };
        options.Headers["X-Trace"] = "t-1";

        // The clock is not driven: each attempt's 7 s timeout is created but never runs out, and no retry wait may start.
        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync([s_item], BatchRun.Params, options)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsAssignableFrom<FloraApiException>(Assert.Single(results).Error);
        Assert.Equal(2, api.Count);
        Assert.All(api.Requests, r => Assert.Equal("t-1", r.Header("X-Trace")));
        Assert.Null(api.Requests[1].Header("Idempotency-Key"));
        Assert.Equal(2, clock.CreatedTimers.Count(t => t == TimeSpan.FromSeconds(7)));
    }

    /// <summary>A rerun's stub: the create is refused as a duplicate, the list answers <paramref name="page"/>, and asset_old's retrieves answer in order (ready when none are given).</summary>
    private static StubApi Rerun(Func<HttpRequestMessage, HttpResponseMessage> page, params Func<HttpRequestMessage, HttpResponseMessage>[] retrieves) =>
        RerunOf("asset_old", page, retrieves.Length > 0 ? retrieves : [Reply.Json("""{"asset_id":"asset_old","status":"ready","name":"product.png"}""")]);

    private static StubApi RerunOf(string retrieved, Func<HttpRequestMessage, HttpResponseMessage> page, params Func<HttpRequestMessage, HttpResponseMessage>[] retrieves) =>
        Listing(retrieved, page, retrieves).On(HttpMethod.Post, "assets", Duplicate());

    /// <summary>A rerun whose create's answer is lost and whose retry is refused as a duplicate (a retry, not a first attempt).</summary>
    private static StubApi RetriedRerun(Func<HttpRequestMessage, HttpResponseMessage> page) =>
        Listing("asset_old", page, Reply.Json("""{"asset_id":"asset_old","status":"ready"}"""))
            .On(HttpMethod.Post, "assets", Reply.Throw(new HttpRequestException("The response ended prematurely.")), Duplicate());

    private static StubApi Listing(string retrieved, Func<HttpRequestMessage, HttpResponseMessage> page, params Func<HttpRequestMessage, HttpResponseMessage>[] retrieves) =>
        new StubApi().On(HttpMethod.Get, ListQuery, page).On(HttpMethod.Get, "assets/" + retrieved, retrieves);

    private static Func<HttpRequestMessage, HttpResponseMessage> Duplicate() =>
        Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "A request with this Idempotency-Key was already processed.");

    private static string Num(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<AssetUploadResult> AdoptAsync(FloraClient client, AssetBatchUploadParams? batch = null, AssetUploadItem? item = null) =>
        Assert.Single(await BatchRun.CollectAsync(client.Assets.UploadManyAsync([item ?? s_item], batch ?? BatchRun.Params, s_rerun)));

    private static List<string> Sent(StubApi api) => [.. api.Requests.Select(r => $"{r.Method} {r.PathAndQuery}")];

    private static Func<HttpRequestMessage, HttpResponseMessage> Page(params string[] assets) =>
        Reply.Json($$$"""{"assets":[{{{string.Join(",", assets)}}}],"meta":{"next_cursor":null}}""");

    /// <summary>A listed asset that fits <see cref="s_item"/>, but for the fields given.</summary>
    private static string Listed(params (string Field, string Json)[] changes)
    {
        var fields = new List<(string Field, string Json)>
        {
            ("asset_id", "\"asset_old\""), ("name", "\"product.png\""), ("content_type", "\"image/png\""), ("status", "\"ready\""),
            ("uploaded_via", "\"direct\""), ("workspace_id", "\"ws_1\""), ("project_id", "null"), ("size_bytes", "10"),
            ("created_at", Num(s_now - 60_000)),
        };
        foreach (var (field, json) in changes)
        {
            fields[fields.FindIndex(f => f.Field == field)] = (field, json);
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Field}\":{f.Json}")) + "}";
    }
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>What a batch yields for its items, how one item's failure stays its own, and what each item's upload is given.</summary>
public sealed class BatchUploaderTests
{
    private static readonly AssetBatchUploadParams s_oneAtATime = BatchRun.Params with { MaxConcurrency = 1 };

    [Fact]
    public async Task UploadManyAsync_ThreeItems_YieldsOneResultPerItemWithItsIndexItemLengthAndAsset()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items = [BatchRun.Item("a.png", 10), BatchRun.Item("b.png", 20), BatchRun.Item("c.png", 30)];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, s_oneAtATime));

        Assert.Equal(3, results.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Same(items[i], results[i].Item);
            Assert.Equal(i, results[i].Index);
            Assert.Equal(10L * (i + 1), results[i].Length);
            Assert.Equal(BatchRun.AssetIdFor(items[i].FileName), results[i].Asset!.AssetId);
            Assert.True(results[i].Succeeded);
            Assert.False(results[i].Adopted);
            Assert.Null(results[i].Error);
        }
    }

    [Fact]
    public async Task UploadManyAsync_OneItemRefusedByFlora_FailsThatItemOnlyAndCountsIt()
    {
        var api = new StubApi().OnHeld(HttpMethod.Post, "assets", request => Task.FromResult(BatchRun.FileNameOf(request) == "bad.png"
            ? BatchRun.Json(HttpStatusCode.BadRequest, """{"error":{"code":"invalid_request","message":"No."}}""")
            : BatchRun.Created(request)));
        using var client = api.Client();
        var progress = new RecordingBatchProgress();

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(
            [BatchRun.Item("a.png"), BatchRun.Item("bad.png"), BatchRun.Item("c.png")], s_oneAtATime with { Progress = progress }));

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.IsType<FloraBadRequestException>(results[1].Error);
        Assert.Null(results[1].Asset);
        Assert.Equal(10, results[1].Length);
        var last = progress.Reports[^1];
        Assert.Equal((3, 2, 1), (last.FilesStarted, last.FilesSucceeded, last.FilesFailed));
    }

    [Fact]
    public async Task UploadManyAsync_SourcesThatCannotBeRead_FailTheirItemsWithTheirErrorsAndTheRestUpload()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items =
        [
            AssetUploadItem.FromStream("io.png", () => throw new IOException("disk")),
            AssetUploadItem.FromStream("denied.png", () => throw new UnauthorizedAccessException("no")),
            AssetUploadItem.FromStream("gone.png", () => throw new OperationCanceledException("the source gave up")),
            AssetUploadItem.FromStream("null.png", () => null!),
            AssetUploadItem.FromFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "missing.png")),
            BatchRun.Item("ok.png"),
        ];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, s_oneAtATime));

        Assert.Equal([0, 1, 2, 3, 4, 5], results.Select(r => r.Index));
        Assert.IsType<IOException>(results[0].Error);
        Assert.IsType<UnauthorizedAccessException>(results[1].Error);
        Assert.IsType<OperationCanceledException>(results[2].Error);
        Assert.Contains("stream factory of item 'null.png' returned null", Assert.IsType<ArgumentException>(results[3].Error).Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(results[4].Error);
        Assert.Null(results[4].Length);
        Assert.True(results[5].Succeeded);
        Assert.Equal("ok.png", BatchRun.FileNameOf(api.Single()));
    }

    [Fact]
    public async Task UploadManyAsync_SourceThrowsAnUnexpectedException_EndsTheBatchWithIt()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items = [AssetUploadItem.FromStream("bug.png", () => throw new InvalidOperationException("a bug")), BatchRun.Item("b.png")];

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, s_oneAtATime)));

        Assert.Equal("a bug", error.Message);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadManyAsync_NullItem_EndsTheBatchNamingItsPosition()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.png"), null!], BatchRun.Params)));

        Assert.Equal("items", error.ParamName);
        Assert.StartsWith("Item 1 of the batch is null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadManyAsync_StreamItem_IsOpenedOnceAndDisposedWhenDoneWhetherItSucceedsOrFails()
    {
        var api = new StubApi().OnHeld(HttpMethod.Post, "assets", request => Task.FromResult(BatchRun.FileNameOf(request) == "bad.png"
            ? BatchRun.Json(HttpStatusCode.BadRequest, """{"error":{"code":"invalid_request","message":"No."}}""")
            : BatchRun.Created(request)));
        using var client = api.Client();
        var streams = new List<TrackedStream>();
        AssetUploadItem Tracked(string name) => AssetUploadItem.FromStream(name, () =>
        {
            var stream = new TrackedStream(new byte[5]);
            streams.Add(stream);
            return stream;
        });

        await BatchRun.CollectAsync(client.Assets.UploadManyAsync([Tracked("a.png"), Tracked("bad.png")], s_oneAtATime));

        Assert.Equal(2, streams.Count);
        Assert.All(streams, s => Assert.True(s.Disposed));
    }

    [Fact]
    public async Task UploadManyAsync_LengthOfEachKindOfItem_IsWhatIsLeftOfItsStreamUnlessTheItemSaysIt()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var progress = new RecordingBatchProgress();
        AssetUploadItem[] items =
        [
            AssetUploadItem.FromStream("partway.png", () => new MemoryStream(new byte[10]) { Position = 3 }),
            AssetUploadItem.FromStream("told.png", () => new MemoryStream(new byte[10]), length: 99),
            AssetUploadItem.FromStream("unseekable.png", () => new NonSeekableStream(new MemoryStream(new byte[10]))),
        ];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, s_oneAtATime with { Progress = progress }));

        Assert.Equal([7L, 99L, null], results.Select(r => r.Length));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        var finished = progress.Reports.Where(r => r.ItemFinished).ToList();
        Assert.Equal([7L, 99L, null], finished.Select(r => r.ItemLength));
    }

    [Fact]
    public async Task UploadManyAsync_BatchDefaults_ReachEveryItemThatNamesNoneOfItsOwn()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var batch = s_oneAtATime with { Folder = "shoots", ContentType = "image/jpeg", ProjectId = "prj_1" };
        AssetUploadItem[] items = [BatchRun.Item("plain.png"), BatchRun.Item("own.png") with { Folder = "mine", ContentType = "image/webp" }];

        await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, batch));

        var sent = api.Requests.Select(r => (BatchRun.Field(r, "folder"), BatchRun.Field(r, "content_type"), BatchRun.Field(r, "project_id"), BatchRun.Field(r, "workspace_id"))).ToList();
        Assert.Equal(("shoots", "image/jpeg", "prj_1", "ws_1"), sent[0]);
        Assert.Equal(("mine", "image/webp", "prj_1", "ws_1"), sent[1]);
    }

    [Fact]
    public async Task UploadManyAsync_NoDefaults_InfersTheTypeFromTheNameAndSendsNoFolder()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();

        await BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("clip.jpg"), BatchRun.Item("own.png") with { ContentType = "image/webp" }], s_oneAtATime));

        Assert.Equal(["image/jpeg", "image/webp"], api.Requests.Select(r => BatchRun.Field(r, "content_type")));
        Assert.All(api.Requests, r => Assert.Null(BatchRun.Field(r, "folder")));
    }

    [Fact]
    public async Task UploadManyAsync_TypeOutsideFlorasList_IsSentOnlyWhenTheBatchAllowsUnknownTypes()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var batch = s_oneAtATime with { ContentType = "application/x-flora-test" };

        var refused = await BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.bin")], batch));
        Assert.IsType<ArgumentException>(Assert.Single(refused).Error);
        Assert.Equal(0, api.Count);

        var allowed = await BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.bin")], batch with { AllowUnknownContentType = true }));
        Assert.True(Assert.Single(allowed).Succeeded);
        Assert.Equal("application/x-flora-test", BatchRun.Field(api.Single(), "content_type"));
    }

    [Fact]
    public async Task UploadManyAsync_PathSignedUrl_SendsEvenASmallItemThroughTheSignedPath()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();

        var result = Assert.Single(await BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.png")], s_oneAtATime with { UploadPath = AssetUploadPath.SignedUrl })));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(["POST /api/v1/assets", "POST /asset_a", "POST /api/v1/assets/asset_a/complete"], api.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Contains("\"source\":\"signed-url\"", api.Requests[0].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadManyAsync_WaitForReady_WaitsForEachItemsAssetBeforeItsResult()
    {
        var api = new StubApi()
            .OnHeld(HttpMethod.Post, "assets", request => Task.FromResult(BatchRun.Created(request, status: "processing")))
            .On(HttpMethod.Get, "assets/asset_a", Reply.Json("""{"asset_id":"asset_a","status":"ready","name":"a.png"}"""));
        using var client = api.Client();

        var waited = Assert.Single(await BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.png")], s_oneAtATime with { WaitForReady = true })));
        var notWaited = Assert.Single(await BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.png")], s_oneAtATime)));

        Assert.Equal(AssetStatus.Ready, waited.Asset!.Status);
        Assert.Equal((AssetStatus)"processing", notWaited.Asset!.Status);
        Assert.Equal(["POST", "GET", "POST"], api.Requests.Select(r => r.Method.Method));
    }

    [Fact]
    public async Task UploadManyAsync_ReadyTimeout_BoundsEachItemsWait()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .OnHeld(HttpMethod.Post, "assets", request => Task.FromResult(BatchRun.Created(request, status: "processing")))
            .On(HttpMethod.Get, "assets/asset_a", Reply.Json("""{"asset_id":"asset_a","status":"processing"}"""));
        using var client = api.Client(clock);
        var batch = s_oneAtATime with { WaitForReady = true, ReadyTimeout = TimeSpan.FromMilliseconds(300) };

        var results = await clock.RunAsync(BatchRun.CollectAsync(client.Assets.UploadManyAsync([BatchRun.Item("a.png")], batch)));

        Assert.Equal("asset_a", Assert.IsType<FloraAssetNotReadyException>(Assert.Single(results).Error).AssetId);
        Assert.Equal([TimeSpan.FromMilliseconds(300)], clock.CreatedTimers);
    }
}

using System.Net;
using Flora.Sdk.Batch;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>The documented rule of an item's key in a batch given the caller's key (docs/usage.md, "A key per item").</summary>
public sealed class BatchItemKeysTests
{
    [Fact]
    public void Hash_SameIdentity_IsTheDocumentedStableValue()
    {
        // The first 8 bytes of SHA-256("key:row-1"): a rerun in another process, on another day, derives the same key.
        Assert.Equal("338b3769fde74a20", BatchItemKeys.Hash("key:row-1"));
        Assert.Equal(BatchItemKeys.Hash("key:row-1"), BatchItemKeys.Hash("key:row-1"));
        Assert.NotEqual(BatchItemKeys.Hash("key:row-1"), BatchItemKeys.Hash("key:row-2"));
    }

    [Fact]
    public void For_BatchKey_DerivesFromTheItemsKeyElseItsFullPathElseItsFolderAndName()
    {
        var keys = new BatchItemKeys(new RequestOptions { IdempotencyKey = "nightly" });
        var byKey = keys.For(AssetUploadItem.FromStream("a.png", () => Stream.Null) with { Key = "row-1" }, 0);
        var byPath = keys.For(AssetUploadItem.FromFile("photos/a.png"), 1);
        var byName = keys.For(AssetUploadItem.FromStream("a.png", () => Stream.Null) with { Folder = "shoots" }, 2);

        Assert.Equal("nightly-" + BatchItemKeys.Hash("key:row-1"), byKey!.IdempotencyKey);
        Assert.Equal("nightly-" + BatchItemKeys.Hash("file:" + Path.GetFullPath("photos/a.png")), byPath!.IdempotencyKey);
        Assert.Equal("nightly-" + BatchItemKeys.Hash("name:shoots/a.png"), byName!.IdempotencyKey);
    }

    [Fact]
    public void For_ItemWithItsOwnOptions_UsesThemAsTheyAre()
    {
        var own = new RequestOptions { IdempotencyKey = "mine" };
        var keys = new BatchItemKeys(new RequestOptions { IdempotencyKey = "nightly" });

        Assert.Same(own, keys.For(AssetUploadItem.FromFile("a.png") with { Options = own }, 0));
    }

    [Fact]
    public void For_NoBatchKey_LeavesTheBatchOptions()
    {
        var options = new RequestOptions { MaxRetries = 1 };

        Assert.Same(options, new BatchItemKeys(options).For(AssetUploadItem.FromFile("a.png"), 0));
        Assert.Null(new BatchItemKeys(null).For(AssetUploadItem.FromFile("a.png"), 0));
    }

    [Fact]
    public void For_SameIdentityTwice_ThrowsNamingBothItems()
    {
        var keys = new BatchItemKeys(new RequestOptions { IdempotencyKey = "k" });
        keys.For(AssetUploadItem.FromFile("a.png"), 3);

        var error = Assert.Throws<ArgumentException>(() => keys.For(AssetUploadItem.FromFile("./a.png"), 7));

        Assert.Contains("Items 3 and 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadManyAsync_BatchKeyTooLong_ThrowsBeforeSending()
    {
        using var client = new FloraClient(new FloraClientOptions { ApiKey = "sk_test" });

        Assert.Throws<ArgumentException>(() => client.Assets.UploadManyAsync(
            [AssetUploadItem.FromFile("a.png")], new AssetBatchUploadParams { WorkspaceId = "ws_1" }, new RequestOptions { IdempotencyKey = new string('k', 230) }));
    }

    [Fact]
    public async Task UploadManyAsync_BatchKey_SendsEachItemsDerivedKeyOnItsDirectCreate()
    {
        using var folder = new TempFolder();
        var file = folder.File("f.png", "file-bytes");
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items =
        [
            BatchRun.Item("k.png") with { Key = "row-1" },
            AssetUploadItem.FromFile(file),
            BatchRun.Item("n.png") with { Folder = "shoots" },
        ];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, BatchRun.Params with { MaxConcurrency = 1 }, new RequestOptions { IdempotencyKey = "nightly" }));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.Equal(
            ["nightly-338b3769fde74a20", "nightly-" + BatchItemKeys.Hash("file:" + file), "nightly-" + BatchItemKeys.Hash("name:shoots/n.png")],
            api.Requests.Select(r => r.Header("Idempotency-Key")));
    }

    [Fact]
    public async Task UploadManyAsync_BatchKeyOnTheSignedPath_EachStepSendsTheItemsKeyWithItsStep()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var item = BatchRun.Item("k.png") with { Key = "row-1" };

        await BatchRun.CollectAsync(client.Assets.UploadManyAsync([item], BatchRun.Params with { UploadPath = AssetUploadPath.SignedUrl }, new RequestOptions { IdempotencyKey = "nightly" }));

        Assert.Equal(
            ["POST /api/v1/assets nightly-338b3769fde74a20-create", "POST /asset_k ", "POST /api/v1/assets/asset_k/complete nightly-338b3769fde74a20-complete"],
            api.Requests.Select(r => $"{r.Method} {r.PathAndQuery} {r.Header("Idempotency-Key")}"));
    }

    [Fact]
    public async Task UploadManyAsync_ItemWithItsOwnOptions_SendsItsOwnKeyAsItIs()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var item = BatchRun.Item("k.png") with { Key = "row-1", Options = new RequestOptions { IdempotencyKey = "mine" } };

        await BatchRun.CollectAsync(client.Assets.UploadManyAsync([item], BatchRun.Params, new RequestOptions { IdempotencyKey = "nightly" }));

        Assert.Equal("mine", api.Single().Header("Idempotency-Key"));
    }

    [Fact]
    public async Task UploadManyAsync_TwoItemsWithOneIdentity_FailsTheSecondAndSendsNothingForIt()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items = [BatchRun.Item("a.png") with { Key = "row-1" }, BatchRun.Item("b.png") with { Key = "row-1" }];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, BatchRun.Params with { MaxConcurrency = 1 }, new RequestOptions { IdempotencyKey = "nightly" }));

        Assert.True(results[0].Succeeded);
        var error = Assert.IsType<ArgumentException>(results[1].Error);
        Assert.Contains("Items 0 and 1 of the batch are the same item (Key 'row-1')", error.Message, StringComparison.Ordinal);
        Assert.Contains("give each its own AssetUploadItem.Key", error.Message, StringComparison.Ordinal);
        Assert.Equal("a.png", BatchRun.FileNameOf(api.Single()));
    }

    [Fact]
    public async Task UploadManyAsync_BatchOptions_ReachEachItemWithItsKeyHeadersRetriesAndTimeout()
    {
        // The clock is not driven: each attempt's 7 s timeout is created but never runs out, and no retry wait may start.
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Status(HttpStatusCode.ServiceUnavailable));
        using var client = api.Client(clock);
        var options = new RequestOptions { IdempotencyKey = "nightly", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(7) };
        options.Headers["X-Trace"] = "t-1";
        AssetUploadItem[] items = [BatchRun.Item("a.png"), BatchRun.Item("b.png")];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, BatchRun.Params with { MaxConcurrency = 1 }, options)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, r => Assert.IsAssignableFrom<FloraApiException>(r.Error));
        Assert.Equal(2, api.Count);
        Assert.All(api.Requests, r => Assert.Equal("t-1", r.Header("X-Trace")));
        Assert.All(api.Requests, r => Assert.StartsWith("nightly-", r.Header("Idempotency-Key"), StringComparison.Ordinal));
        Assert.Equal(2, clock.CreatedTimers.Count(t => t == TimeSpan.FromSeconds(7)));
    }
}

using Flora.Sdk.Batch;
using Flora.Sdk.Models;

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
}

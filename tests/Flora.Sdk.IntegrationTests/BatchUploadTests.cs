using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>UploadManyAsync against the emulator: one result per item, failures kept apart, bounded and lazy, cancellable.</summary>
// Runs alone: its heap-flat check reads this process's whole heap, which test classes running beside it would grow.
[Collection(MemoryCollection.Name)]
public sealed class BatchUploadTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _emulator = await FloraEmulator.StartAsync();
        _folder = Directory.CreateTempSubdirectory("flora-batch-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task UploadManyAsync_MixedItems_OneResultPerItemWithTypedErrors()
    {
        var good = new List<(string Path, string Sha)>();
        for (var i = 0; i < 6; i++)
        {
            var bytes = TestData.RandomBytes(10_000 + (i * 1000));
            var path = Path.Combine(_folder, $"good-{i}.png");
            await File.WriteAllBytesAsync(path, bytes);
            good.Add((path, TestData.Sha256(bytes)));
        }

        var streamBytes = TestData.RandomBytes(5000);
        var items = good.Select(g => AssetUploadItem.FromFile(g.Path))
            .Append(AssetUploadItem.FromFile(Path.Combine(_folder, "missing.png")))
            .Append(AssetUploadItem.FromStream("bad-type.png", () => new MemoryStream(streamBytes)) with { ContentType = "not a media type" })
            .Append(AssetUploadItem.FromStream("from-stream.png", () => new MemoryStream(streamBytes)))
            .ToList();

        // The server refuses one create: that item fails, the rest go on.
        _emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.Status(422, "input_validation_error"));

        var results = new List<AssetUploadResult>();
        await foreach (var result in _emulator.Client.Assets.UploadManyAsync(items, new AssetBatchUploadParams { WorkspaceId = _emulator.WorkspaceId }))
        {
            results.Add(result);
        }

        Assert.Equal(items.Count, results.Count);
        Assert.Equal(Enumerable.Range(0, items.Count), results.Select(r => r.Index).Order());
        Assert.IsType<FileNotFoundException>(results.Single(r => r.Index == 6).Error);
        Assert.IsAssignableFrom<ArgumentException>(results.Single(r => r.Index == 7).Error);
        var refused = Assert.Single(results, r => r.Error is FloraUnprocessableEntityException);
        Assert.Null(refused.Asset);
        Assert.Equal(6, results.Count(r => r.Succeeded));
        foreach (var ok in results.Where(r => r.Succeeded))
        {
            var stored = _emulator.GetAsset(ok.Asset!.AssetId)!;
            Assert.Equal("ready", stored.Status);
            var expected = ok.Item.Path is { } path ? good.Single(g => g.Path == path).Sha : TestData.Sha256(streamBytes);
            Assert.Equal(expected, stored.Sha256);
        }
    }

    [Fact]
    public async Task UploadManyAsync_ProgressReportsFilesAndBytes_TotalsMatchTheItems()
    {
        var sizes = new[] { 1000, 70_000, 200_000 };
        var reports = new List<AssetBatchUploadProgress>();
        var progress = new SyncBatchProgress(p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });
        var items = sizes.Select((s, i) => AssetUploadItem.FromStream($"p{i}.png", () => new MemoryStream(new byte[s])));

        await foreach (var _ in _emulator.Client.Assets.UploadManyAsync(items, new AssetBatchUploadParams { WorkspaceId = _emulator.WorkspaceId, Progress = progress }))
        {
        }

        var last = reports.MaxBy(r => r.FilesSucceeded + r.FilesFailed)!;
        Assert.Equal(3, last.FilesSucceeded);
        Assert.Equal(sizes.Sum(), reports.Max(r => r.BytesSent));
        Assert.Equal(3, reports.Count(r => r.ItemFinished));
        Assert.All(sizes.Select((s, i) => (s, i)), x => Assert.Contains(reports, r => r.Item.FileName == $"p{x.i}.png" && r.ItemBytesSent == x.s));
    }

    [Fact]
    public async Task UploadManyAsync_CancelledMidway_StopsStartingItemsAndThrowsAfterTheFinishedOnes()
    {
        const int Total = 200;
        var pulled = 0;
        IEnumerable<AssetUploadItem> Items()
        {
            for (var i = 0; i < Total; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return AssetUploadItem.FromStream($"c{i}.png", () => new MemoryStream(new byte[2000]));
            }
        }

        using var cancel = new CancellationTokenSource();
        var received = new List<AssetUploadResult>();
        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in _emulator.Client.Assets.UploadManyAsync(Items(), new AssetBatchUploadParams { WorkspaceId = _emulator.WorkspaceId }, cancellationToken: cancel.Token))
            {
                received.Add(result);
                if (received.Count == 20)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(cancel.Token, thrown.CancellationToken);
        Assert.InRange(received.Count, 20, 24);
        Assert.All(received, r => Assert.True(r.Succeeded, r.Error?.Message));
        Assert.InRange(Volatile.Read(ref pulled), 20, 24 + 4);

        // Nothing started after the cancel: every asset the emulator holds was created by a pulled item.
        Assert.InRange(_emulator.AssetCount, received.Count, Volatile.Read(ref pulled));
        Assert.True(received.Select(r => r.Asset!.AssetId).All(id => _emulator.GetAsset(id)?.Status == "ready"));
    }

    [Fact]
    public async Task UploadManyAsync_10000SmallItems_PullsLazilyKeepsFourOpenAndHeapFlat()
    {
        const int Total = 10_000;
        var pulled = 0;
        var open = 0;
        var maxOpen = 0;
        var maxAhead = 0;
        var received = 0;
        var payload = new byte[256];
        IEnumerable<AssetUploadItem> Items()
        {
            for (var i = 0; i < Total; i++)
            {
                var ahead = Interlocked.Increment(ref pulled) - Volatile.Read(ref received);
                InterlockedMax(ref maxAhead, ahead);
                yield return AssetUploadItem.FromStream($"m{i}.png", () =>
                {
                    InterlockedMax(ref maxOpen, Interlocked.Increment(ref open));
                    return new CountingStream(payload, () => Interlocked.Decrement(ref open));
                });
            }
        }

        // The server in a process of its own, so that this heap holds the client side only.
        await using var emulator = await StandaloneEmulator.StartAsync();
        using var client = emulator.CreateClient();
        long heapAt2000 = 0;
        await foreach (var result in client.Assets.UploadManyAsync(Items(), new AssetBatchUploadParams { WorkspaceId = emulator.WorkspaceId }))
        {
            Assert.True(result.Succeeded, result.Error?.Message);
            // Measured from item 2,000: the first thousands warm up tiered JIT and the connection pool.
            if (Interlocked.Increment(ref received) == 2000)
            {
                heapAt2000 = SettledHeap();
            }
        }

        var heapAtEnd = SettledHeap();
        Assert.Equal(Total, received);
        Assert.Equal(0, open);
        Assert.InRange(maxOpen, 1, 4);
        Assert.InRange(maxAhead, 1, 4 + 1);

        // Flat: 8,000 more items may not cost more than a few bytes each (keeping one result or stream per item is far more).
        var growthPerItem = (heapAtEnd - heapAt2000) / (double)(Total - 2000);
        Assert.True(growthPerItem < 64, $"the heap grew {growthPerItem:0} bytes per item between item 2,000 and 10,000");
    }

    [Fact]
    public async Task UploadManyAsync_WithProjectId_EveryAssetCreatedOnTheProjectWithoutAttachCalls()
    {
        var path = Path.Combine(_folder, "on-project.png");
        await File.WriteAllBytesAsync(path, TestData.RandomBytes(3000));
        var items = new[] { AssetUploadItem.FromFile(path), AssetUploadItem.FromStream("streamed.png", () => new MemoryStream(TestData.RandomBytes(2000))) };

        var ids = new List<string>();
        await foreach (var result in _emulator.Client.Assets.UploadManyAsync(items, new AssetBatchUploadParams { WorkspaceId = _emulator.WorkspaceId, ProjectId = _emulator.ProjectId }))
        {
            Assert.True(result.Succeeded, result.Error?.Message);
            ids.Add(result.Asset!.AssetId);
        }

        var onProject = new List<string>();
        await foreach (var asset in _emulator.Client.Assets.ListAsync(new AssetListParams { ProjectId = _emulator.ProjectId }))
        {
            onProject.Add(asset.AssetId!);
        }

        Assert.Equal(ids.Order(), onProject.Order());
        Assert.Equal(0, _emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.Attach));
    }

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private sealed class SyncBatchProgress(Action<AssetBatchUploadProgress> onReport) : IProgress<AssetBatchUploadProgress>
    {
        public void Report(AssetBatchUploadProgress value) => onReport(value);
    }

    private sealed class CountingStream(byte[] bytes, Action onDispose) : MemoryStream(bytes, writable: false)
    {
        private int _disposed;

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                onDispose();
            }

            base.Dispose(disposing);
        }
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// A batch given the caller's idempotency key (issue 19, cases 4 and 7): each item sends its own key, and a rerun of the
/// same batch with the same key, in a fresh client as a second process would be, adopts what the first run made.
/// </summary>
public sealed class BatchRerunTests : IAsyncLifetime
{
    private string _folder = null!;

    public Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("flora-rerun-").FullName;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UploadManyAsync_CallersKeyOn4Items_EachItemSendsItsOwnKeyAndAllSucceed()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var items = Enumerable.Range(0, 4).Select(i => AssetUploadItem.FromStream($"item-{i}.png", () => new MemoryStream(TestData.RandomBytes(3000)))).ToList();

        var results = await CollectAsync(emulator.Client, items, Batch(emulator), new RequestOptions { IdempotencyKey = "k" });

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.Equal(4, emulator.AssetCount);
        var keys = emulator.Requests.Where(r => r.Route == EmulatorRoute.Create).Select(r => r.IdempotencyKey).ToList();
        Assert.Equal(4, keys.Distinct().Count());
        Assert.All(keys, key => Assert.Matches("^k-[0-9a-f]{16}$", key));
    }

    [Fact]
    public async Task UploadManyAsync_RerunInAFreshClientWithTheSameKey_AdoptsEveryAssetAndMakesNone()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var files = await FilesAsync(("a.png", 2000), ("b.png", 3000), ("big.png", (5 * 1024 * 1024) + 1), ("c.png", 4000));
        var key = new RequestOptions { IdempotencyKey = "rerun-1" };

        var first = await CollectAsync(emulator.Client, files.Select(f => AssetUploadItem.FromFile(f)), Batch(emulator), key);
        using var second = emulator.CreateClient();
        var rerun = await CollectAsync(second, files.Select(f => AssetUploadItem.FromFile(f)), Batch(emulator), new RequestOptions { IdempotencyKey = "rerun-1" });

        Assert.All(first, r => Assert.True(r.Succeeded && !r.Adopted, r.Error?.ToString()));
        Assert.All(rerun, r => Assert.True(r.Succeeded && r.Adopted, r.Error?.ToString()));
        Assert.Equal(4, emulator.AssetCount);
        Assert.Equal(
            first.OrderBy(r => r.Index).Select(r => r.Asset!.AssetId),
            rerun.OrderBy(r => r.Index).Select(r => r.Asset!.AssetId));
        Assert.All(rerun, r => Assert.Equal(AssetStatus.Ready, r.Asset!.Status));
    }

    [Fact]
    public async Task UploadManyAsync_FirstRunStoppedWhileTheServerProcesses_RerunWaitsForTheSameAssets()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(3) });
        var files = await FilesAsync(("slow-a.png", 2000), ("slow-b.png", (5 * 1024 * 1024) + 1));

        // The first run waits for processing and is stopped mid-wait, as a killed process would be.
        using (var stop = new CancellationTokenSource())
        {
            var firstRun = CollectAsync(emulator.Client, files.Select(f => AssetUploadItem.FromFile(f)), Batch(emulator) with { WaitForReady = true }, new RequestOptions { IdempotencyKey = "slow" }, stop.Token);
            // Both in the wait: each asset's bytes arrived (processing) and the wait has read. Counting reads alone raced: the
            // direct item's wait polls on the real clock and could read twice before the signed item's 5 MB had arrived.
            await UploadTests.WaitUntilAsync(() => emulator.Assets.Count(a => a.IsProcessing) == 2 && emulator.CountRequests(EmulatorRoute.Retrieve) >= 2);
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstRun);
        }

        Assert.Equal(2, emulator.AssetCount);
        Assert.All(emulator.Assets, a => Assert.True(a.IsProcessing));

        using var second = emulator.CreateClient();
        var rerun = CollectAsync(second, files.Select(f => AssetUploadItem.FromFile(f)), Batch(emulator) with { WaitForReady = true }, new RequestOptions { IdempotencyKey = "slow" });
        await UploadTests.WaitUntilAsync(() => emulator.CountRequests(EmulatorRoute.Retrieve) >= 4);
        clock.Advance(TimeSpan.FromMinutes(3));
        var results = await rerun;

        Assert.All(results, r => Assert.True(r.Succeeded && r.Adopted, r.Error?.ToString()));
        Assert.All(results, r => Assert.Equal(AssetStatus.Ready, r.Asset!.Status));
        Assert.Equal(2, emulator.AssetCount);
    }

    [Fact]
    public async Task UploadManyAsync_RerunOfAnItemWhoseBytesNeverArrived_FailsNamingTheReservation()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var files = await FilesAsync(("refused.png", 2000));
        var batch = Batch(emulator) with { UploadPath = AssetUploadPath.SignedUrl };

        // The upload host refuses the bytes twice (the renewed reservation too): the first run leaves a reservation without bytes.
        emulator.Faults.Enqueue(EmulatorRoute.Upload, EmulatorFault.Status(403));
        emulator.Faults.Enqueue(EmulatorRoute.Upload, EmulatorFault.Status(403));
        var first = await CollectAsync(emulator.Client, [AssetUploadItem.FromFile(files[0])], batch, new RequestOptions { IdempotencyKey = "nobytes" });
        using var second = emulator.CreateClient();
        var rerun = await CollectAsync(second, [AssetUploadItem.FromFile(files[0])], batch, new RequestOptions { IdempotencyKey = "nobytes" });

        Assert.IsType<FloraStorageHostException>(Assert.Single(first).Error);
        var reservation = Assert.Single(emulator.Assets);
        var error = Assert.IsType<FloraLostCreateException>(Assert.Single(rerun).Error);
        Assert.Equal([reservation.AssetId], error.CandidateAssetIds);
        Assert.Contains(reservation.AssetId, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.AssetCount);
    }

    [Fact]
    public async Task UploadManyAsync_TwoItemsWithTheSameIdentity_TheSecondFailsWithNothingSent()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var items = new[]
        {
            AssetUploadItem.FromStream("same.png", () => new MemoryStream(TestData.RandomBytes(100))),
            AssetUploadItem.FromStream("same.png", () => new MemoryStream(TestData.RandomBytes(100))),
            AssetUploadItem.FromStream("same.png", () => new MemoryStream(TestData.RandomBytes(100))) with { Key = "row-3" },
        };

        var results = await CollectAsync(emulator.Client, items, Batch(emulator) with { MaxConcurrency = 1 }, new RequestOptions { IdempotencyKey = "dup" });

        Assert.True(results.Single(r => r.Index == 0).Succeeded);
        Assert.IsType<ArgumentException>(results.Single(r => r.Index == 1).Error);
        Assert.True(results.Single(r => r.Index == 2).Succeeded);
        Assert.Equal(2, emulator.AssetCount);
    }

    [Fact]
    public async Task UploadManyAsync_PathAndAllowUnknownContentType_ReachEveryItem()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var items = new[]
        {
            AssetUploadItem.FromStream("scan.bin", () => new MemoryStream(TestData.RandomBytes(100))),
            AssetUploadItem.FromStream("small.png", () => new MemoryStream(TestData.RandomBytes(100))),
        };

        var refused = await CollectAsync(emulator.Client, items, Batch(emulator), options: null);
        var results = await CollectAsync(
            emulator.Client, items, Batch(emulator) with { UploadPath = AssetUploadPath.SignedUrl, AllowUnknownContentType = true }, options: null);

        Assert.IsType<ArgumentException>(refused.Single(r => r.Index == 0).Error);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        var signed = results.Select(r => emulator.GetAsset(r.Asset!.AssetId)!).ToList();
        Assert.All(signed, a => Assert.Equal("signed_url", a.UploadedVia));
    }

    private static AssetBatchUploadParams Batch(FloraEmulator emulator) => new() { WorkspaceId = emulator.WorkspaceId };

    private async Task<List<string>> FilesAsync(params (string Name, int Size)[] files)
    {
        var paths = new List<string>();
        foreach (var (name, size) in files)
        {
            var path = Path.Combine(_folder, name);
            await File.WriteAllBytesAsync(path, TestData.RandomBytes(size));
            paths.Add(path);
        }

        return paths;
    }

    private static async Task<List<AssetUploadResult>> CollectAsync(
        FloraClient client, IEnumerable<AssetUploadItem> items, AssetBatchUploadParams parameters, RequestOptions? options, CancellationToken cancellationToken = default)
    {
        var results = new List<AssetUploadResult>();
        await foreach (var result in client.Assets.UploadManyAsync(items, parameters, options, cancellationToken))
        {
            results.Add(result);
        }

        return results;
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The whole signed-upload flow (create, multipart POST, complete) and waiting for readiness.</summary>
public sealed class UploadTests
{
    [Fact]
    public async Task UploadAsync_SeekableStream_BytesArriveIntactWithoutAuthorization()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(1_234_567);
        long reported = 0;

        var result = await emulator.Client.Assets.UploadAsync(
            new MemoryStream(bytes), TestData.UploadParams(emulator, progress: new SyncProgress(v => reported = v)));

        Assert.Equal(AssetStatus.Ready, result.Status);
        var asset = emulator.GetAsset(result.AssetId)!;
        Assert.Equal(bytes.Length, asset.UploadedBytes);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.False(asset.UploadCarriedAuthorization);
        Assert.Equal(bytes.Length, reported);

        var requests = emulator.Requests;
        var upload = Assert.Single(requests, r => r.Route == EmulatorRoute.Upload);
        Assert.False(upload.HadAuthorization);
        Assert.Equal(200, upload.StatusCode);
        Assert.All(requests.Where(r => r.Route != EmulatorRoute.Upload), r => Assert.True(r.HadAuthorization));
        Assert.All(requests.Where(r => r.Method == "POST" && r.Route != EmulatorRoute.Upload), r => Assert.NotNull(r.IdempotencyKey));
        Assert.Equal([EmulatorRoute.Create, EmulatorRoute.Upload, EmulatorRoute.Complete], requests.Select(r => r.Route));
    }

    [Fact]
    public async Task UploadAsync_NonSeekableStream_BytesArriveIntact()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(500_000);

        var result = await emulator.Client.Assets.UploadAsync(new NonSeekableStream(new MemoryStream(bytes)), TestData.UploadParams(emulator));

        var asset = emulator.GetAsset(result.AssetId)!;
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.Null(Assert.Single(emulator.Requests, r => r.Route == EmulatorRoute.Upload).ContentLength);
    }

    [Fact]
    public async Task UploadAsync_EmptyContent_UploadsZeroBytes()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(), TestData.UploadParams(emulator, "empty.png"));

        Assert.Equal(0, emulator.GetAsset(result.AssetId)!.UploadedBytes);
        Assert.Equal(AssetStatus.Ready, result.Status);
    }

    [Fact]
    public async Task UploadFileAsync_FileOnDisk_UploadsItUnderItsName()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(200_000);
        var path = Path.Combine(Path.GetTempPath(), $"flora-it-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var result = await emulator.Client.Assets.UploadFileAsync(path, new AssetFileUploadParams { WorkspaceId = emulator.WorkspaceId });

            var asset = emulator.GetAsset(result.AssetId)!;
            Assert.Equal(Path.GetFileName(path), asset.FileName);
            Assert.Equal("image/png", asset.ContentType);
            Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WaitForReadyAsync_AssetStillProcessing_PollsUntilReady()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromSeconds(30) });
        var completed = await emulator.Client.Assets.UploadAsync(new MemoryStream([1, 2, 3]), TestData.UploadParams(emulator));
        // Still processing: FLORA documents no status of its own for that, so the asset reads pending_upload until ready.
        Assert.Equal(AssetStatus.PendingUpload, completed.Status);
        Assert.True(emulator.GetAsset(completed.AssetId)!.IsProcessing);
        Assert.Null(completed.Upload);

        var waiting = emulator.Client.Assets.WaitForReadyAsync(completed.AssetId, TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => emulator.CountRequests(EmulatorRoute.Retrieve) >= 1);
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(30));
        var ready = await waiting;

        Assert.Equal(AssetStatus.Ready, ready.Status);
        Assert.True(emulator.CountRequests(EmulatorRoute.Retrieve) >= 2);
    }

    [Fact]
    public async Task UploadAsync_WaitForReady_ReturnsOnlyOnceReady()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(1) });

        var upload = emulator.Client.Assets.UploadAsync(new MemoryStream([1, 2, 3]), TestData.UploadParams(emulator, waitForReady: true));
        await WaitUntilAsync(() => emulator.CountRequests(EmulatorRoute.Retrieve) >= 1);
        clock.Advance(TimeSpan.FromMinutes(1));
        var result = await upload;

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal("ready", emulator.GetAsset(result.AssetId)!.Status);
    }

    [Fact]
    public async Task UploadAsync_ConcurrentUploads_AllArriveIntact()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var payloads = Enumerable.Range(0, 8).Select(i => TestData.RandomBytes(100_000 + i * 1000)).ToArray();

        var results = await Task.WhenAll(payloads.Select(p => emulator.Client.Assets.UploadAsync(new MemoryStream(p), TestData.UploadParams(emulator))));

        Assert.Equal(8, emulator.AssetCount);
        for (var i = 0; i < payloads.Length; i++)
        {
            Assert.Equal(TestData.Sha256(payloads[i]), emulator.GetAsset(results[i].AssetId)!.Sha256);
        }
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true within 10 s.");
            await Task.Delay(10);
        }
    }
}

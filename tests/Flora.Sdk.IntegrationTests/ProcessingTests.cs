using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// The emulator processes every asset as FLORA does (issue 19, case 8): with a processing time, a direct create and a
/// URL create answer <c>pending_upload</c> and the asset is ready only later, as after a signed complete.
/// </summary>
public sealed class ProcessingTests
{
    private static readonly TimeSpan s_processing = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task UploadAsync_DirectPathWithProcessingTime_AnswersPendingUploadUntilProcessed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = s_processing });

        var result = await emulator.Client.Assets.UploadAsync(
            new MemoryStream(TestData.RandomBytes(2048)), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "slow.png" });

        Assert.Equal(EmulatorRoute.Create, Assert.Single(emulator.Requests).Route);
        Assert.Equal(AssetStatus.PendingUpload, result.Status);
        var asset = Assert.Single(emulator.Assets);
        Assert.Equal("direct", asset.UploadedVia);
        Assert.True(asset.IsProcessing);
        Assert.Equal(AssetStatus.PendingUpload, (await emulator.Client.Assets.RetrieveAsync(result.AssetId)).Status);

        clock.Advance(s_processing);
        Assert.Equal(AssetStatus.Ready, (await emulator.Client.Assets.RetrieveAsync(result.AssetId)).Status);
    }

    [Fact]
    public async Task CreateAsync_FromUrlWithProcessingTime_AnswersPendingUploadUntilProcessed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = s_processing });

        var created = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));

        Assert.Equal(AssetStatus.PendingUpload, created.Status);
        Assert.Null(created.Upload);
        Assert.True(emulator.GetAsset(created.AssetId)!.IsProcessing);
        clock.Advance(s_processing);
        Assert.Equal(AssetStatus.Ready, (await emulator.Client.Assets.RetrieveAsync(created.AssetId)).Status);
    }

    [Fact]
    public async Task UploadAsync_DirectPathWaitForReady_WaitsOutTheProcessing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = s_processing });

        var upload = emulator.Client.Assets.UploadAsync(
            new MemoryStream(TestData.RandomBytes(2048)), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "slow.png", WaitForReady = true });
        await UploadTests.WaitUntilAsync(() => emulator.CountRequests(EmulatorRoute.Retrieve) >= 1);
        Assert.False(upload.IsCompleted);
        clock.Advance(s_processing);
        var result = await upload;

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Create));
    }

    [Fact]
    public async Task UploadAsync_DirectCreateAnswerLostWhileProcessing_AdoptsTheProcessingAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromMinutes(5) });
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());

        var result = await emulator.Client.Assets.UploadAsync(
            new MemoryStream(TestData.RandomBytes(2048)), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "lost-slow.png" });

        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(asset.AssetId, result.AssetId);
        Assert.True(asset.IsProcessing);
        Assert.Equal(AssetStatus.PendingUpload, result.Status);
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// The emulator makes the asset, then drops the connection instead of answering the create: on every path the SDK
/// finds its own asset and ends with exactly one, complete, with the right bytes.
/// </summary>
public sealed class LostCreateTests
{
    [Theory]
    [InlineData(AssetUploadPath.Direct, 50_000)]
    [InlineData(AssetUploadPath.SignedUrl, 50_000)]
    [InlineData(AssetUploadPath.Auto, 5 * 1024 * 1024)]
    public async Task UploadAsync_CreateAnswerLost_EndsWithOneCompleteAssetWithTheRightBytes(AssetUploadPath path, int size)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());
        var bytes = TestData.RandomBytes(size);

        var result = await emulator.Client.Assets.UploadAsync(
            new MemoryStream(bytes), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "lost.png", ProjectId = emulator.ProjectId, UploadPath = path });

        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(asset.AssetId, result.AssetId);
        Assert.Equal("ready", asset.Status);
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.Equal(2, emulator.CountRequests(EmulatorRoute.Create));
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.List));
    }

    [Fact]
    public async Task UploadFromUrlAsync_CreateAnswerLost_EndsWithOneReadyAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());

        var result = await emulator.Client.Assets.UploadFromUrlAsync(
            new Uri("https://media.flora.ai/lost/hero.png"), new AssetUrlUploadParams { WorkspaceId = emulator.WorkspaceId });

        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(asset.AssetId, result.AssetId);
        Assert.Equal("ready", asset.Status);
        Assert.Equal("url", asset.UploadedVia);
    }

    [Fact]
    public async Task UploadAsync_CreateAnswerLostBesideAnotherWritersTwin_AdoptsNothingAndNamesBoth()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        // Another writer's reservation of the same name, made during this call's window, is indistinguishable from ours.
        var twin = await emulator.Client.Assets.CreateAsync(new AssetCreateParams
        {
            Source = AssetSource.SignedUrl,
            WorkspaceId = emulator.WorkspaceId,
            FileName = "twin.png",
            ContentType = "image/png",
        });
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());

        var ex = await Assert.ThrowsAsync<FloraLostCreateException>(() => emulator.Client.Assets.UploadAsync(
            new MemoryStream(TestData.RandomBytes(10)), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "twin.png", UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Equal(2, ex.CandidateAssetIds.Count);
        Assert.Contains(twin.AssetId, ex.CandidateAssetIds);
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Upload));
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Retry));
    }
}

using System.Security.Cryptography;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

public sealed class EmulatorSmokeTests
{
    [Fact]
    public async Task UploadAsync_AgainstEmulator_BytesArriveIntactAndAssetIsReady()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var result = await emulator.Client.Assets.UploadAsync(
            new MemoryStream(bytes),
            new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "smoke.bin" });

        Assert.Equal(AssetStatus.Ready, result.Status);
        var asset = emulator.GetAsset(result.AssetId);
        Assert.NotNull(asset);
        Assert.Equal(bytes.Length, asset.UploadedBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), asset.Sha256);
        Assert.False(asset.UploadCarriedAuthorization);
    }
}

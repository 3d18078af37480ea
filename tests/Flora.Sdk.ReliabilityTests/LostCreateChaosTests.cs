using System.Security.Cryptography;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>Every create's first answer is lost (the emulator makes the asset, then drops the connection): 0 lost, 0 doubled.</summary>
public sealed class LostCreateChaosTests
{
    private const int Operations = 18;

    [Fact]
    public async Task Uploads_EveryCreatesFirstAnswerLost_NoAssetLostOrDoubledAndEveryByteRight()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var expected = new Dictionary<string, (string Name, string? Sha256)>();
        for (var i = 0; i < Operations; i++)
        {
            emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());
            var name = $"chaos-{i}.png";
            Asset result;
            string? sha = null;
            if (i % 3 == 2)
            {
                result = await emulator.Client.Assets.UploadFromUrlAsync(
                    new Uri($"https://media.flora.ai/chaos/{name}"), new AssetUrlUploadParams { WorkspaceId = emulator.WorkspaceId });
            }
            else
            {
                var bytes = RandomNumberGenerator.GetBytes(i % 3 == 0 ? 20_000 + i : (4 * 1024 * 1024) + 1 + i);
                sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = name });
            }

            Assert.Equal(AssetStatus.Ready, result.Status);
            Assert.True(expected.TryAdd(result.AssetId, (name, sha)), $"asset {result.AssetId} was returned twice");
        }

        var assets = emulator.Assets;
        var lost = expected.Keys.Count(id => assets.All(a => a.AssetId != id));
        var doubled = assets.Count - expected.Count;
        Assert.Equal(0, lost);
        Assert.Equal(0, doubled);
        Assert.Equal(Operations, emulator.Faults.InjectedCount);
        Assert.Equal(Operations * 2, emulator.CountRequests(EmulatorRoute.Create));
        foreach (var asset in assets)
        {
            var (name, sha) = expected[asset.AssetId];
            Assert.Equal("ready", asset.Status);
            Assert.Equal(name, asset.FileName);
            if (sha is not null)
            {
                Assert.Equal(sha, asset.Sha256);
            }
        }

        Assert.Equal(["direct", "signed_url", "url"], assets.Select(a => a.UploadedVia).Distinct().Order());
    }
}

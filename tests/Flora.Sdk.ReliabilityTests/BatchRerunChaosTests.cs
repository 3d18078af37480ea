using System.Security.Cryptography;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Flora.Sdk.Testing;
using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// Issue 19: a keyed batch against a server that processes every asset (3 s) and faults 20% of its create, upload and
/// complete requests. The first run's waits run out (1 s); a rerun in a fresh client with the same key must adopt what
/// it made: 0 lost, 0 doubled, and every item left processing named by its asset id.
/// </summary>
public sealed class BatchRerunChaosTests(ITestOutputHelper output)
{
    private const int Items = 40;

    [Fact]
    public async Task UploadManyAsync_KeyedBatchRerunUnderChaosAndProcessing_NoItemLostOrDoubledAndNotReadyItemsNamed()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromSeconds(3), RecordRequests = false });
        var chaos = ChaosMix.Create(seed: 20261203, probability: 0.2);
        chaos.Routes.Add(EmulatorRoute.Create);
        chaos.Routes.Add(EmulatorRoute.Upload);
        chaos.Routes.Add(EmulatorRoute.Complete);
        emulator.Faults.EnableChaos(chaos);
        var payloads = Enumerable.Range(0, Items).Select(i => RandomNumberGenerator.GetBytes(i % 10 == 9 ? (4 * 1024 * 1024) + 1 + i : 2_000 + i)).ToArray();
        IEnumerable<AssetUploadItem> Batch() => payloads.Select((bytes, i) => AssetUploadItem.FromStream($"soak-{i}.png", () => new MemoryStream(bytes)) with { Key = $"row-{i}" });
        var key = new RequestOptions { IdempotencyKey = "soak-19" };

        using var first = emulator.CreateClient(o => o.MaxRetries = 6);
        var firstResults = await CollectAsync(first, Batch(), new AssetBatchUploadParams { WorkspaceId = emulator.WorkspaceId, WaitForReady = true, ReadyTimeout = TimeSpan.FromSeconds(1) }, key);
        var notReady = firstResults.Select(r => r.Error).OfType<FloraAssetNotReadyException>().ToList();
        var assetsAfterFirst = emulator.Assets;
        var named = notReady.Count(e => assetsAfterFirst.Any(a => a.AssetId == e.AssetId));

        using var second = emulator.CreateClient(o => o.MaxRetries = 6);
        var rerun = await CollectAsync(second, Batch(), new AssetBatchUploadParams { WorkspaceId = emulator.WorkspaceId, WaitForReady = true, ReadyTimeout = TimeSpan.FromSeconds(60) }, new RequestOptions { IdempotencyKey = "soak-19" });
        emulator.Faults.DisableChaos();

        var assets = emulator.Assets;
        var ready = assets.Where(a => a.Status == "ready").ToList();
        var lost = Enumerable.Range(0, Items).Count(i => ready.All(a => a.FileName != $"soak-{i}.png"));
        var doubled = assets.Count - assets.Select(a => a.FileName).Distinct().Count();
        var mismatched = Enumerable.Range(0, Items).Count(i => ready.FirstOrDefault(a => a.FileName == $"soak-{i}.png") is { } a && a.Sha256 != Convert.ToHexStringLower(SHA256.HashData(payloads[i])));
        var text =
            $"items {Items} (36 direct, 4 signed), processing 3 s, chaos 20% of create/upload/complete, seed 20261203\n" +
            $"first run (ReadyTimeout 1 s): {firstResults.Count(r => r.Succeeded)} ready, {notReady.Count} not ready (named by asset id: {named}), " +
            $"{firstResults.Count(r => !r.Succeeded) - notReady.Count} other typed failures ({string.Join(", ", firstResults.Where(r => r.Error is not null and not FloraAssetNotReadyException).Select(r => r.Error!.GetType().Name).Distinct())})\n" +
            $"rerun (fresh client, same key): {rerun.Count(r => r.Succeeded)} succeeded, {rerun.Count(r => r.Adopted)} adopted, {rerun.Count(r => r.Succeeded && !r.Adopted)} uploaded, " +
            $"{rerun.Count(r => !r.Succeeded)} failed ({string.Join("; ", rerun.Where(r => r.Error is not null).Select(r => r.Error!.GetType().Name + ": " + r.Error.Message).Take(3))})\n" +
            $"assets {assets.Count}, ready {ready.Count}; lost {lost}, doubled {doubled}, bytes mismatched {mismatched}; faults injected {emulator.Faults.InjectedCount}\n";
        Figures.Report(output, "batch-rerun-chaos", text);

        Assert.True(notReady.Count > 0, text);
        Assert.Equal(notReady.Count, named);
        Assert.True(rerun.All(r => r.Succeeded), text);
        Assert.True(lost == 0, text);
        Assert.True(doubled == 0, text);
        Assert.True(mismatched == 0, text);
    }

    private static async Task<List<AssetUploadResult>> CollectAsync(FloraClient client, IEnumerable<AssetUploadItem> items, AssetBatchUploadParams parameters, RequestOptions options)
    {
        var results = new List<AssetUploadResult>();
        await foreach (var result in client.Assets.UploadManyAsync(items, parameters, options))
        {
            results.Add(result);
        }

        return results;
    }
}

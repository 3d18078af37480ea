using System.Diagnostics;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Xunit.Abstractions;

namespace Flora.Sdk.IntegrationTests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory (runs alone)";
}

/// <summary>A 200 MiB upload through the emulator must not grow the managed heap by more than 32 MiB (client and server together).</summary>
[Collection(MemoryCollection.Name)]
public sealed class MemoryTests(ITestOutputHelper output)
{
    internal const long UploadBytes = 200L * 1024 * 1024;
    internal const long MaxGrowthBytes = 32L * 1024 * 1024;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task UploadAsync_200MiBGeneratedStream_ManagedHeapGrowsLessThan32MiB(bool seekable, bool storeUploads)
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = storeUploads });
        var expectedSha = GeneratedStream.Sha256Of(UploadBytes);

        // Warm up: JIT, connection pools and Kestrel's buffers, so the measurement sees the upload only.
        await emulator.Client.Assets.UploadAsync(new GeneratedStream(4 * 1024 * 1024, seekable), TestData.UploadParams(emulator));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baselineHeap = GC.GetGCMemoryInfo().HeapSizeBytes;
        var baselineTotal = GC.GetTotalMemory(forceFullCollection: false);
        var peakHeap = baselineHeap;
        var peakTotal = baselineTotal;
        var samples = 0;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
                peakTotal = Math.Max(peakTotal, GC.GetTotalMemory(forceFullCollection: false));
                samples++;
                Thread.Sleep(5);
            }
        })
        { IsBackground = true };
        var gen0Before = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        sampler.Start();

        Asset result;
        try
        {
            result = await emulator.Client.Assets.UploadAsync(new GeneratedStream(UploadBytes, seekable), TestData.UploadParams(emulator, "big.bin"));
        }
        finally
        {
            await stop.CancelAsync();
            sampler.Join();
        }

        watch.Stop();
        var heapGrowth = peakHeap - baselineHeap;
        var totalGrowth = peakTotal - baselineTotal;
        output.WriteLine($"Uploaded {UploadBytes / (1024 * 1024)} MiB ({(seekable ? "seekable" : "non-seekable")} stream, emulator {(storeUploads ? "storing to a temp file" : "hashing only")}) in {watch.Elapsed.TotalSeconds:0.00} s ({UploadBytes / 1048576.0 / watch.Elapsed.TotalSeconds:0} MiB/s)");
        output.WriteLine($"GC heap size (GetGCMemoryInfo().HeapSizeBytes): baseline {Mib(baselineHeap)}, peak {Mib(peakHeap)}, growth {Mib(heapGrowth)}");
        output.WriteLine($"GC.GetTotalMemory(false): baseline {Mib(baselineTotal)}, peak {Mib(peakTotal)}, growth {Mib(totalGrowth)}");
        output.WriteLine($"{samples} samples, {GC.CollectionCount(0) - gen0Before} gen0 collections during the upload");

        var asset = emulator.GetAsset(result.AssetId)!;
        Assert.Equal(UploadBytes, asset.UploadedBytes);
        Assert.Equal(expectedSha, asset.Sha256);
        if (storeUploads)
        {
            await using var stored = emulator.OpenContent(result.AssetId)!;
            Assert.Equal(UploadBytes, stored.Length);
        }

        Assert.True(heapGrowth < MaxGrowthBytes, $"The GC heap grew by {Mib(heapGrowth)} during a 200 MiB upload; the limit is 32 MiB.");
        Assert.True(totalGrowth < MaxGrowthBytes, $"GC.GetTotalMemory grew by {Mib(totalGrowth)} during a 200 MiB upload; the limit is 32 MiB.");
    }

    private static string Mib(long bytes) => $"{bytes / 1048576.0:0.0} MiB";
}

using System.Diagnostics;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// The download part of <c>scale</c>: an emulator child process with <c>--store-uploads</c> keeps one generated asset
/// of the given size (in its temporary folder, deleted when the child stops, right after this part); the asset is
/// then fetched from its url with <c>client.Assets.DownloadAsync</c> and with a raw HttpClient GET of the same url,
/// alternating, into a sink that keeps nothing (throughput, managed memory growth of this process).
/// </summary>
internal static class ScaleDownload
{
    private const double MaxGrowthMiB = 32;
    private const double MinThroughputRatio = 0.9;

    public static async Task<bool> RunAsync(long size, int runs)
    {
        Console.WriteLine();
        Console.WriteLine("Starting an emulator that stores uploads, and uploading the asset to download...");
        await using var emulator = await EmulatorProcess.StartAsync(0, storeUploads: true);
        using var sdk = new FloraClient(new FloraClientOptions { ApiKey = emulator.ApiKey, BaseUrl = emulator.BaseUrl });
        using var raw = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        var small = await UploadAsync(sdk, emulator, 1024 * 1024);
        var big = await UploadAsync(sdk, emulator, size);

        // Warm-up: JIT and connections, not measured.
        await DownloadWithSdkAsync(sdk, small, 1024 * 1024);
        await DownloadRawAsync(raw, small, 1024 * 1024);

        var sdkRuns = new List<Run>();
        var rawRuns = new List<Run>();
        for (var i = 0; i < runs; i++)
        {
            rawRuns.Add(await MeasureAsync(() => DownloadRawAsync(raw, big, size)));
            sdkRuns.Add(await MeasureAsync(() => DownloadWithSdkAsync(sdk, big, size)));
        }

        var rawMiBps = Stats.Median(rawRuns.Select(r => r.MiBPerSecond(size)).ToArray());
        var sdkMiBps = Stats.Median(sdkRuns.Select(r => r.MiBPerSecond(size)).ToArray());
        var ratio = sdkMiBps / rawMiBps;
        var pairRatios = sdkRuns.Zip(rawRuns, (s, r) => s.MiBPerSecond(size) / r.MiBPerSecond(size)).ToArray();
        var sdkGrowth = sdkRuns.Max(r => r.PeakGrowthMiB);
        var throughputOk = ratio >= MinThroughputRatio;
        var memoryOk = sdkGrowth < MaxGrowthMiB;

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Download {size / (1024.0 * 1024.0):N0} MiB (a stored generated asset) from the emulator's asset url, {runs} runs each, alternating (median throughput; worst memory)"));
        Console.WriteLine();
        Console.WriteLine("| Client | Median time (s) | Median MiB/s | Ratio | Peak managed growth (MiB) | Allocated per download (KiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row("Raw HttpClient GET of the url (download only)", rawRuns, size, 1));
        Console.WriteLine(Row("Flora.Sdk DownloadAsync (retrieve + download + length check)", sdkRuns, size, ratio));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Throughput ratio per run (SDK / raw of the same pair): {string.Join(", ", pairRatios.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}; spread {pairRatios.Min():F2}-{pairRatios.Max():F2}"));
        Console.WriteLine(FormattableString.Invariant(
            $"Targets: median throughput ratio {ratio:F2} >= {MinThroughputRatio:F2} {(throughputOk ? "PASS" : "MISS")}; SDK managed growth {sdkGrowth:F1} MiB < {MaxGrowthMiB} MiB {(memoryOk ? "PASS" : "MISS")}"));
        return throughputOk && memoryOk;
    }

    private static async Task<Asset> UploadAsync(FloraClient sdk, EmulatorProcess emulator, long size)
    {
        await using var content = new PatternStream(size);
        return await sdk.Assets.UploadAsync(content, new AssetUploadParams
        {
            WorkspaceId = emulator.WorkspaceId,
            FileName = "generated.bin",
            ContentType = "application/octet-stream",
            AllowUnknownContentType = true,
            WaitForReady = true,
        });
    }

    private static async Task<TimeSpan> DownloadWithSdkAsync(FloraClient sdk, Asset asset, long size)
    {
        var sink = new CountingSink();
        var clock = Stopwatch.StartNew();
        await sdk.Assets.DownloadAsync(asset.AssetId, sink);
        var elapsed = clock.Elapsed;
        return sink.Length == size ? elapsed : throw new InvalidOperationException($"The SDK downloaded {sink.Length} bytes of {size}.");
    }

    private static async Task<TimeSpan> DownloadRawAsync(HttpClient raw, Asset asset, long size)
    {
        var sink = new CountingSink();
        var clock = Stopwatch.StartNew();
        using (var response = await raw.GetAsync(asset.Url, HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(sink, 81920);
        }

        var elapsed = clock.Elapsed;
        return sink.Length == size ? elapsed : throw new InvalidOperationException($"The raw GET downloaded {sink.Length} bytes of {size}.");
    }

    private static string Row(string name, List<Run> runs, long size, double ratio) =>
        FormattableString.Invariant(
            $"| {name} | {Stats.Median(runs.Select(r => r.Seconds).ToArray()):F2} | {Stats.Median(runs.Select(r => r.MiBPerSecond(size)).ToArray()):N0} | {ratio:F2} | {runs.Max(r => r.PeakGrowthMiB):F1} | {Stats.Median(runs.Select(r => r.AllocatedKiB).ToArray()):N0} |");

    private static async Task<Run> MeasureAsync(Func<Task<TimeSpan>> download)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(5));
        var elapsed = await download();
        var peak = sampler.Peak;
        return new Run(elapsed.TotalSeconds, Math.Max(0, peak - before) / (1024.0 * 1024.0), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0);
    }

    private sealed record Run(double Seconds, double PeakGrowthMiB, double AllocatedKiB)
    {
        public double MiBPerSecond(long size) => size / (1024.0 * 1024.0) / Seconds;
    }

    /// <summary>A destination that counts the bytes and keeps none.</summary>
    private sealed class CountingSink : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Position += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}

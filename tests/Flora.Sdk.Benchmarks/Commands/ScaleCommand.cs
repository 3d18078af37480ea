using System.Diagnostics;
using System.Net.Http.Headers;
using Flora.Sdk.Benchmarks.Baseline;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Benchmarks.RefitClient;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>scale [--assets N] [--upload-mib N] [--download-mib N] [--runs N] [--enforce]</c>: against the FLORA emulator in a child process,
/// enumerates N seeded assets with each client (allocations per item, live heap while paging), then uploads a
/// generated stream of the given size with <c>client.Assets.UploadAsync</c> and with a raw HttpClient multipart POST
/// to the same upload endpoint (throughput, managed memory growth), then downloads a stored asset of the given size
/// (<see cref="ScaleDownload"/>). An item or byte that goes missing always exits 1;
/// <c>--enforce</c> also exits 1 when a performance target (memory flat, upload growth, throughput) is missed.
/// </summary>
internal static class ScaleCommand
{
    private const double MaxUploadGrowthMiB = 32;
    private const double MinUploadThroughputRatio = 0.9;

    /// <summary>
    /// "Memory flat" while paging: the SDK's live heap may grow by a page of assets and its pooled read buffer (about
    /// 160 KiB at 100,000 assets), never with the number of assets seen.
    /// </summary>
    private const double MaxEnumerateGrowthKiB = 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var assets = Options.Int(args, "--assets", 100_000);
        var uploadMiB = Options.Int(args, "--upload-mib", 1024);
        var runs = Options.Int(args, "--runs", 3);
        var enforce = Options.Flag(args, "--enforce");

        Console.WriteLine($"Starting the emulator and seeding {assets:N0} assets...");
        await using var emulator = await EmulatorProcess.StartAsync(assets);
        var (allItems, flat) = await EnumerateAsync(emulator, assets);
        var ok = flat & await UploadAsync(emulator, uploadMiB * 1024L * 1024L, runs);
        ok &= await ScaleDownload.RunAsync(Options.Int(args, "--download-mib", 1024) * 1024L * 1024L, runs);
        if (!allItems)
        {
            // Not a performance target: a client lost or invented items, which no --enforce setting may let through.
            Console.WriteLine("FAILED: an enumeration did not return every seeded asset exactly once (see MISS above).");
            return 1;
        }

        Console.WriteLine(ok ? "All scale targets met." : "Some scale targets were missed (see MISS above).");
        return ok || !enforce ? 0 : 1;
    }

    /// <returns>Whether every client saw every asset, and whether the SDK's memory stayed flat while paging.</returns>
    private static async Task<(bool AllItems, bool Flat)> EnumerateAsync(EmulatorProcess emulator, int expected)
    {
        var baseUrl = emulator.BaseUrl.ToString();
        using var clients = ClientSet.Loopback(baseUrl, emulator.ApiKey);
        var listParams = new AssetListParams { Limit = Payloads.PageSize };
        (string Name, Func<Action, int, Task<int>> Enumerate)[] runs =
        [
            ("Baseline", async (onItem, max) => await Count(clients.Baseline.ListAllAsync(Payloads.PageSize), onItem, max)),
            ("Refit", async (onItem, max) => await Count(clients.Refit.ListAllAsync(Payloads.PageSize), onItem, max)),
            ("Flora.Sdk", async (onItem, max) => await Count(clients.Sdk.Assets.ListAsync(listParams), onItem, max)),
        ];

        Console.WriteLine();
        Console.WriteLine($"Enumerate {expected:N0} assets from the emulator, pages of {Payloads.PageSize} (live heap sampled after a full GC every 1,000 items; the time is mostly the emulator's, which sorts every asset for each page)");
        Console.WriteLine();
        Console.WriteLine("| Client | Items | Time (s) | Items/s | Allocated/item (B) | Live heap start (KiB) | Live heap max while paging (KiB) | Growth (KiB) | Other gen2 GCs |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var allItems = true;
        var sdkGrowthKiB = double.NaN;
        foreach (var (name, enumerate) in runs)
        {
            // A short warm-up (two pages) so JIT and connection setup are not counted.
            await enumerate(() => { }, 2 * Payloads.PageSize);
            var start = GC.GetTotalMemory(forceFullCollection: true);
            var maxLive = start;
            var seen = 0;
            var forced = 0;
            var gen2 = GC.CollectionCount(2);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var count = await enumerate(
                () =>
                {
                    if (++seen % 1_000 == 0)
                    {
                        GC.Collect();
                        maxLive = Math.Max(maxLive, GC.GetTotalMemory(forceFullCollection: false));
                        forced++;
                    }
                },
                int.MaxValue);
            clock.Stop();
            var perItem = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)Math.Max(1, count);
            var naturalGen2 = GC.CollectionCount(2) - gen2 - forced;
            allItems &= count == expected;
            if (name == "Flora.Sdk")
            {
                sdkGrowthKiB = (maxLive - start) / 1024.0;
            }

            Console.WriteLine(FormattableString.Invariant(
                $"| {name} | {count:N0}{(count == expected ? string.Empty : " (MISS: expected " + expected + ")")} | {clock.Elapsed.TotalSeconds:F2} | {count / clock.Elapsed.TotalSeconds:N0} | {perItem:F0} | {start / 1024.0:N0} | {maxLive / 1024.0:N0} | {(maxLive - start) / 1024.0:N0} | {Math.Max(0, naturalGen2)} |"));
        }

        var flat = sdkGrowthKiB < MaxEnumerateGrowthKiB;
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Targets: every client saw all {expected:N0} items {(allItems ? "PASS" : "MISS")}; Flora.Sdk memory flat (live heap growth {sdkGrowthKiB:N0} KiB < {MaxEnumerateGrowthKiB:N0} KiB) {(flat ? "PASS" : "MISS")}"));
        return (allItems, flat);
    }

    private static async Task<int> Count<T>(IAsyncEnumerable<T> items, Action onItem, int max)
    {
        var count = 0;
        await foreach (var item in items)
        {
            count++;
            onItem();
            if (count == max)
            {
                break;
            }
        }

        return count;
    }

    private static async Task<bool> UploadAsync(EmulatorProcess emulator, long size, int runs)
    {
        using var sdk = new FloraClient(new FloraClientOptions { ApiKey = emulator.ApiKey, BaseUrl = emulator.BaseUrl });
        using var raw = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };

        // Warm-up: JIT, connections and the emulator's first upload, not measured.
        await UploadWithSdkAsync(sdk, emulator, 1024 * 1024);
        await UploadRawAsync(sdk, raw, emulator, 1024 * 1024);

        var sdkRuns = new List<UploadRun>();
        var rawRuns = new List<UploadRun>();
        for (var i = 0; i < runs; i++)
        {
            rawRuns.Add(await MeasureAsync(() => UploadRawAsync(sdk, raw, emulator, size)));
            sdkRuns.Add(await MeasureAsync(() => UploadWithSdkAsync(sdk, emulator, size)));
        }

        var rawMiBps = Stats.Median(rawRuns.Select(r => r.MiBPerSecond(size)).ToArray());
        var sdkMiBps = Stats.Median(sdkRuns.Select(r => r.MiBPerSecond(size)).ToArray());
        var ratio = sdkMiBps / rawMiBps;

        // Each run pairs a raw and an SDK upload made one after the other; their ratios show how much one figure moves.
        var pairRatios = sdkRuns.Zip(rawRuns, (s, r) => s.MiBPerSecond(size) / r.MiBPerSecond(size)).ToArray();
        var sdkGrowth = sdkRuns.Max(r => r.PeakGrowthMiB);
        var throughputOk = ratio >= MinUploadThroughputRatio;
        var memoryOk = sdkGrowth < MaxUploadGrowthMiB;

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Upload {size / (1024.0 * 1024.0):N0} MiB (generated seekable stream) to the emulator's signed upload endpoint, {runs} runs each, alternating (median throughput; worst memory)"));
        Console.WriteLine();
        Console.WriteLine("| Client | Median time (s) | Median MiB/s | Ratio | Peak managed growth (MiB) | Allocated per upload (KiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row("Raw HttpClient multipart POST (upload only)", rawRuns, size, 1));
        Console.WriteLine(Row("Flora.Sdk UploadAsync (create + upload + complete)", sdkRuns, size, ratio));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"Throughput ratio per run (SDK / raw of the same pair): {string.Join(", ", pairRatios.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}; spread {pairRatios.Min():F2}-{pairRatios.Max():F2}"));
        Console.WriteLine(FormattableString.Invariant(
            $"Targets: median throughput ratio {ratio:F2} >= {MinUploadThroughputRatio:F2} {(throughputOk ? "PASS" : "MISS")}; SDK managed growth {sdkGrowth:F1} MiB < {MaxUploadGrowthMiB} MiB {(memoryOk ? "PASS" : "MISS")}"));
        return throughputOk && memoryOk;
    }

    private static string Row(string name, List<UploadRun> runs, long size, double ratio) =>
        FormattableString.Invariant(
            $"| {name} | {Stats.Median(runs.Select(r => r.Seconds).ToArray()):F2} | {Stats.Median(runs.Select(r => r.MiBPerSecond(size)).ToArray()):N0} | {ratio:F2} | {runs.Max(r => r.PeakGrowthMiB):F1} | {Stats.Median(runs.Select(r => r.AllocatedKiB).ToArray()):N0} |");

    private static async Task<UploadRun> MeasureAsync(Func<Task<TimeSpan>> upload)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(5));
        var elapsed = await upload();
        var peak = sampler.Peak;
        return new UploadRun(
            elapsed.TotalSeconds,
            Math.Max(0, peak - before) / (1024.0 * 1024.0),
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0);
    }

    private static async Task<TimeSpan> UploadWithSdkAsync(FloraClient sdk, EmulatorProcess emulator, long size)
    {
        await using var content = new PatternStream(size);
        var clock = Stopwatch.StartNew();
        var completed = await sdk.Assets.UploadAsync(content, new AssetUploadParams
        {
            WorkspaceId = emulator.WorkspaceId,
            FileName = "generated.bin",
            ContentType = "application/octet-stream",
            AllowUnknownContentType = true,
        });
        var elapsed = clock.Elapsed;
        var stored = await sdk.Assets.RetrieveAsync(completed.AssetId);
        return stored.SizeBytes == size
            ? elapsed
            : throw new InvalidOperationException($"The emulator stored {stored.SizeBytes} bytes for a {size}-byte SDK upload.");
    }

    private static async Task<TimeSpan> UploadRawAsync(FloraClient sdk, HttpClient raw, EmulatorProcess emulator, long size)
    {
        // The reservation is made through the SDK and not timed: only the multipart POST is the baseline.
        var reservation = await sdk.Assets.CreateAsync(new AssetCreateParams
        {
            Source = AssetSource.SignedUrl,
            WorkspaceId = emulator.WorkspaceId,
            FileName = "generated.bin",
            ContentType = "application/octet-stream",
        });
        var upload = reservation.Upload ?? throw new InvalidOperationException("The emulator sent no upload block.");
        await using var content = new PatternStream(size);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in upload.FormFields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new StreamContent(content, 81920);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, upload.FileField ?? "file", "generated.bin");

        var clock = Stopwatch.StartNew();
        using (var response = await raw.PostAsync(upload.Url, form))
        {
            response.EnsureSuccessStatusCode();
        }

        var elapsed = clock.Elapsed;
        await sdk.Assets.CompleteAsync(reservation.AssetId);
        var stored = await sdk.Assets.RetrieveAsync(reservation.AssetId);
        return stored.SizeBytes == size
            ? elapsed
            : throw new InvalidOperationException($"The emulator stored {stored.SizeBytes} bytes for a {size}-byte raw upload.");
    }

    private sealed record UploadRun(double Seconds, double PeakGrowthMiB, double AllocatedKiB)
    {
        public double MiBPerSecond(long size) => size / (1024.0 * 1024.0) / Seconds;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Cryptography;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Flora.Sdk.Testing;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>soak [--operations N] [--workers N] [--seed N] [--processing-ms N] [--enforce]</c>: N mixed operations (uploads
/// small and large, keyed batches run twice, URL creates, lists, retrieves, attaches) from the workers on one client
/// against the in-process emulator, which processes every asset for a while as FLORA does, with seeded chaos on 30% of
/// requests (ChaosMix: 5xx, 429 with waits, connections dropped before and after the server acted, slow answers).
/// One upload in eight waits less than the processing takes, so its wait runs out and must name its asset; every keyed
/// batch is run a second time in a fresh client with the same key, and must adopt what the first run made.
/// Reports operations, faults, retries (from the SDK's own "Flora.Sdk" meter), assets lost or doubled, waits that ran
/// out and named their asset, SHA-256 mismatches, managed memory and sockets at the start and end, and latency.
/// <c>--enforce</c> exits 1 when a target is missed.
/// </summary>
internal static partial class SoakCommand
{
    // The client's clock runs 10x fast: backoffs of 0.5..8 s take 50..800 ms, a 3 s attempt timeout is 300 ms.
    private const double ClockSpeed = 10;

    // Above FLORA's 4 MiB direct-create limit, so these always take the signed path.
    private const int LargeUpload = (4 * 1024 * 1024) + 1024;

    // While it runs the live heap holds the emulator's records (assets, idempotency keys); once the emulator and its
    // client are gone, what is left beyond the start is what the SDK kept: at most this much.
    private const long HeapSlackBytes = 4L * 1024 * 1024;

    private enum Kind
    {
        Upload,
        LargeUpload,
        UrlCreate,
        List,
        Retrieve,
        Attach,
        Batch,
    }

    // On the client's fast clock: 0.5 s is 50 ms, well under the processing time, so the wait runs out.
    private static readonly TimeSpan s_shortWait = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(string[] args)
    {
        var operations = Options.Int(args, "--operations", 10_000);
        var workers = Options.Int(args, "--workers", 16);
        var seed = Options.Int(args, "--seed", 20261201);
        var enforce = Options.Flag(args, "--enforce");
        var processing = TimeSpan.FromMilliseconds(Options.Int(args, "--processing-ms", 250));

        // Not "await using": the last heap figure needs the emulator's state (assets, idempotency keys) unreachable.
        var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false, ProcessingTime = processing });
        var port = emulator.Port;
        using var retries = new RetryCounter();
        void Configure(FloraClientOptions o)
        {
            o.MaxRetries = 6;
            o.Timeout = TimeSpan.FromSeconds(3);
            o.TimeProvider = new ScaledTimeProvider(ClockSpeed);
        }

        using var client = emulator.CreateClient(Configure);
        // The second run of every keyed batch goes through its own client, as a rerun in another process would.
        using var rerunClient = emulator.CreateClient(Configure);

        // Warm up (JIT, pools, Kestrel) before the baseline, then measure from a settled state.
        // The creates go through a client on the real clock: a cold first call may outlast the fast clock's 300 ms.
        using (var warmup = emulator.CreateClient())
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ => await client.Assets.RetrieveAsync(
                (await warmup.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = emulator.WorkspaceId })).AssetId)));
            // The batch, wait and not-ready paths too: their first use is a fixed cost, not growth.
            await WarmUpBatchAndWaitAsync(warmup, emulator);
        }

        var warmupAssets = emulator.AssetCount;
        // The soak's own plan and result slots exist before the baseline, so the heap figures are the SDK's and the emulator's.
        var plan = Plan(operations, seed);
        var results = new Result[operations];
        var ready = new ConcurrentBag<string>();
        var heapBefore = LiveHeap();
        var socketsBefore = Sockets(port);
        var fdBefore = Resources.Available ? Resources.OpenFileDescriptors() : 0;
        var retriesBefore = retries.Value;

        var chaos = ChaosMix.Create(seed);
        emulator.Faults.EnableChaos(chaos);

        var next = -1;
        var heapMid = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < operations)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var id = await ExecuteAsync(client, rerunClient, emulator, plan[i], ready).WaitAsync(TimeSpan.FromSeconds(120));
                    results[i] = new Result(true, id, null, Stopwatch.GetElapsedTime(started));
                    if (id is not null)
                    {
                        ready.Add(id);
                    }
                }
                catch (FloraAssetNotReadyException notReady)
                {
                    // Not a failure to retry: the asset exists and is named; the check after the run waits for it.
                    results[i] = new Result(false, notReady.AssetId, notReady, Stopwatch.GetElapsedTime(started));
                }
                catch (Exception ex) when (ex is FloraException or TimeoutException or InvalidOperationException)
                {
                    results[i] = new Result(false, null, ex, Stopwatch.GetElapsedTime(started));
                }

                if (i == operations / 2)
                {
                    Interlocked.Exchange(ref heapMid, GC.GetTotalMemory(forceFullCollection: false));
                }
            }
        })));
        clock.Stop();
        emulator.Faults.DisableChaos();
        var faults = emulator.Faults.ChaosInjectedCount;
        var retryCount = retries.Value - retriesBefore;

        // Sockets while the client lives are its pool (bounded by the workers); the heap after a full GC, client alive.
        var socketsEnd = Sockets(port);
        var fdEnd = Resources.Available ? Resources.OpenFileDescriptors() : 0;
        var heapEnd = LiveHeap();

        var waitedOut = await WaitForNamedAsync(client, plan, results);
        var tally = Verify(emulator, warmupAssets, plan, results);

        var latencies = results.Select(r => r.Elapsed.TotalMilliseconds).Order().ToArray();
        // By operation kind too: a lost answer is recovered by the upload calls, and reported by the raw create by design.
        var failures = results.Select((r, i) => (Result: r, plan[i].Kind)).Where(x => !x.Result.Succeeded)
            .GroupBy(x => $"{x.Kind}: {Describe(x.Result.Error!)}").OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} x {g.Key}").ToList();
        var succeeded = results.Count(r => r.Succeeded);

        // The emulator disposes the clients it made (the soak client too): what survives them, and the soak's own
        // results, is what would leak.
        await emulator.DisposeAsync();
        var weakEmulator = new WeakReference(emulator);
        emulator = null!;
        results = null!;
        foreach (var op in plan)
        {
            // The batches' results (assets, exceptions) are the soak's, not the SDK's: they must not count as growth.
            op.FirstRun = op.Rerun = null;
        }

        ready.Clear();

        // Measured from a fresh frame of this method: the frame that ran until here kept the emulator reachable through
        // its own temporaries (a heap dump taken while this method was suspended found no other root for it).
        await Task.Yield();
        var heapAfter = LiveHeap();
        // FLORA_SOAK_HOLD=1 keeps the process alive for 90 s after this figure, for `dotnet-gcdump collect -p <pid>`
        // when the heap figure is in doubt (how the 10,000-operation runs in docs/reliability.md were checked).
        if (Environment.GetEnvironmentVariable("FLORA_SOAK_HOLD") is not null)
        {
            Console.WriteLine($"holding for a heap dump: pid {Environment.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(90));
        }

        var socketsAfter = Resources.Available ? await Resources.SettleAsync(() => Sockets(port), n => n == 0, TimeSpan.FromSeconds(5)) : 0;

        var heapGrowth = heapEnd - heapBefore;
        // Only a collected emulator leaves a figure that is the SDK's (and the soak's) alone.
        var heapFlat = !weakEmulator.IsAlive && heapAfter - heapBefore <= HeapSlackBytes;
        var socketsFlat = socketsEnd <= workers * 2;
        Console.WriteLine(FormattableString.Invariant($"""
            Soak: {operations:N0} operations, {workers} workers, one FloraClient, emulator in process, chaos seed {seed} on 30% of requests ({clock.Elapsed.TotalSeconds:F1} s)
              mix: {string.Join(", ", plan.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}
              processing: every asset {processing.TotalMilliseconds:F0} ms; one upload in eight waits {s_shortWait.TotalMilliseconds / ClockSpeed:F0} ms
              outcomes: {succeeded:N0} succeeded, {operations - succeeded:N0} failed (typed): {string.Join("; ", failures.DefaultIfEmpty("none"))}
              waits that ran out: {waitedOut.Named:N0}, each naming its asset; {waitedOut.Held:N0} of them held once by the emulator, {waitedOut.ReadyLater:N0} ready after WaitForReadyAsync
              keyed batches: {tally.BatchItems:N0} items run twice with the same key ({tally.Adopted:N0} adopted by the rerun, {tally.BatchRecoveredUnflagged:N0} the same asset found by the upload's lost-create recovery, {tally.BatchFirstMadeNone:N0} whose first run had made none); items lost {tally.BatchLost}, rerun answered another asset {tally.BatchMoved}; rerun failed (typed) {tally.BatchFailed.Count}{(tally.BatchFailed.Count == 0 ? "" : ": " + string.Join(", ", tally.BatchFailed.GroupBy(f => f).Select(g => $"{g.Count()} x {g.Key}")))}
              faults injected: {faults:N0}; retries (flora.client.retries): {retryCount:N0}
              assets: {tally.Assets:N0} held for {plan.Count(o => o.Kind is Kind.Upload or Kind.LargeUpload or Kind.UrlCreate):N0} logical creates; lost {tally.Lost}; doubled {tally.Doubled}; left by failed creates {tally.Orphans}
              uploads verified by SHA-256 and length: {tally.UploadsChecked:N0}; mismatches {tally.Mismatched}; attaches not held {tally.Unattached}
              managed heap (after full GC): {heapBefore / 1024.0 / 1024:F1} MiB at start, {heapMid / 1024.0 / 1024:F1} MiB mid-run (no GC), {heapEnd / 1024.0 / 1024:F1} MiB at end ({heapGrowth / 1024.0:+0;-0} KiB, {(tally.Assets == 0 ? 0 : heapGrowth / (double)tally.Assets):F0} B per new emulator asset), {heapAfter / 1024.0 / 1024:F1} MiB once the emulator and client are disposed ({(heapAfter - heapBefore) / 1024.0:+0;-0} KiB; the disposed emulator {(weakEmulator.IsAlive ? "is still reachable: its state is in this figure" : "was collected")})
              sockets to the emulator: {socketsBefore} at start, {socketsEnd} at end (the client's pool), {socketsAfter} after dispose; open descriptors {fdBefore} at start, {fdEnd} at end
              latency per operation: p50 {Percentile(latencies, 0.50):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms
            """));

        var verdicts = new (string Target, bool Met)[]
        {
            ("0 lost", tally.Lost == 0 && tally.BatchLost == 0), ("0 doubled", tally.Doubled == 0 && tally.BatchMoved == 0), ("0 SHA-256 mismatches", tally.Mismatched == 0),
            ("every wait that ran out named an asset held once, ready later", waitedOut.Named > 0 && waitedOut.Held == waitedOut.Named && waitedOut.ReadyLater == waitedOut.Named),
            ("keyed batches ran", tally.BatchItems > 0),
            ($"sockets flat (<= {workers * 2} pooled at the end, 0 after dispose)", socketsFlat && socketsAfter <= 0),
            ($"heap flat (the emulator collected, and <= {HeapSlackBytes / 1024 / 1024} MiB above the start once disposed)", heapFlat),
        };
        foreach (var (target, met) in verdicts)
        {
            Console.WriteLine($"  {(met ? "MET " : "MISS")} {target}");
        }

        return enforce && verdicts.Any(v => !v.Met) ? 1 : 0;
    }

    private static async Task<string?> ExecuteAsync(FloraClient client, FloraClient rerunClient, FloraEmulator emulator, Op op, ConcurrentBag<string> ready)
    {
        switch (op.Kind)
        {
            case Kind.Upload or Kind.LargeUpload:
                using (var content = new MemoryStream(PatternBytes(op)))
                {
                    var done = await client.Assets.UploadAsync(content, new AssetUploadParams
                    {
                        WorkspaceId = emulator.WorkspaceId,
                        FileName = op.Tag,
                        WaitForReady = true,
                        ReadyTimeout = op.WaitsShort ? s_shortWait : null,
                    });
                    return done.Status == AssetStatus.Ready ? done.AssetId : throw new InvalidOperationException($"Upload returned {done.Status}.");
                }

            case Kind.Batch:
                var key = new RequestOptions { IdempotencyKey = "soak-batch-" + op.Tag };
                op.FirstRun = await RunBatchAsync(client, emulator, op, s_shortWait, key);
                op.Rerun = await RunBatchAsync(rerunClient, emulator, op, null, key);
                return null;

            case Kind.UrlCreate:
                var created = await client.Assets.CreateAsync(new AssetCreateParams
                {
                    Source = "https://media.flora.ai/soak/" + op.Tag,
                    WorkspaceId = emulator.WorkspaceId,
                    FileName = op.Tag,
                });
                return created.AssetId;
            case Kind.Retrieve when Pick(ready, op.Pick) is { } id:
                var asset = await client.Assets.RetrieveAsync(id);
                return asset.AssetId == id ? null : throw new InvalidOperationException("Retrieve returned another asset.");
            case Kind.Attach when Pick(ready, op.Pick) is { } attach:
                op.AttachedId = attach;
                await client.Projects.AttachAssetAsync(emulator.ProjectId, attach);
                return null;
            default:
                var pages = 0;
                await foreach (var page in client.Assets.ListAsync(new AssetListParams { WorkspaceId = emulator.WorkspaceId, Limit = 50 }).AsPages())
                {
                    if (++pages == 2)
                    {
                        break;
                    }
                }

                return null;
        }
    }

    /// <summary>Waits, after the run and its chaos, for every asset a wait that ran out named; counts those the emulator holds once and that became ready.</summary>
    private static async Task<(int Named, int Held, int ReadyLater)> WaitForNamedAsync(FloraClient client, Op[] plan, Result[] results)
    {
        var named = results.Select((r, i) => (Result: r, Op: plan[i])).Where(x => x.Result.Error is FloraAssetNotReadyException).ToList();
        var readyLater = 0;
        foreach (var (result, _) in named)
        {
            var asset = await client.Assets.WaitForReadyAsync(result.AssetId!, TimeSpan.FromMinutes(5));
            readyLater += asset.Status == AssetStatus.Ready ? 1 : 0;
        }

        return (named.Count, named.Count(x => x.Result.AssetId is not null), readyLater);
    }

    /// <summary>Holds each logical create against the emulator's assets; its snapshots die with it, before the last heap figure.</summary>
    private static Tally Verify(FloraEmulator emulator, int warmupAssets, Op[] plan, Result[] results)
    {
        var assets = emulator.Assets.Skip(warmupAssets).ToList();
        var byTag = assets.Where(a => a.FileName is not null).GroupBy(a => a.FileName!).ToDictionary(g => g.Key, g => g.ToList());
        int lost = 0, doubled = byTag.Count(kv => kv.Value.Count > 1), mismatched = 0, orphans = 0, unattached = 0, uploadsChecked = 0;
        var batch = new BatchTally();
        for (var i = 0; i < plan.Length; i++)
        {
            var op = plan[i];
            var r = results[i];
            if (op.Kind == Kind.Attach && r.Succeeded && r.AssetId is null && op.AttachedId is { } attached
                && emulator.GetAsset(attached) is { } a && !a.ProjectIds.Contains(emulator.ProjectId))
            {
                unattached++;
            }

            if (op.Kind == Kind.Batch)
            {
                batch.Add(op, byTag);
                continue;
            }

            if (op.Kind is not (Kind.Upload or Kind.LargeUpload or Kind.UrlCreate))
            {
                continue;
            }

            var held = byTag.GetValueOrDefault(op.Tag) ?? [];
            // A wait that ran out made its asset and named it: it is held like a success, and was waited for since.
            if (r.AssetId is null)
            {
                orphans += held.Count;
                continue;
            }

            if (held.Count != 1 || held[0].AssetId != r.AssetId)
            {
                lost++;
            }
            else if (op.Sha256 is not null)
            {
                uploadsChecked++;
                mismatched += held[0].Sha256 == op.Sha256 && held[0].UploadedBytes == op.Length && held[0].Status == "ready" ? 0 : 1;
            }
        }

        return new Tally(assets.Count, lost, doubled, mismatched + batch.Mismatched, orphans, unattached, uploadsChecked + batch.Checked)
        {
            BatchItems = batch.Items,
            Adopted = batch.Adopted,
            BatchLost = batch.Lost,
            BatchMoved = batch.Moved,
            BatchFirstMadeNone = batch.FirstMadeNone,
            BatchRecoveredUnflagged = batch.RecoveredUnflagged,
            BatchFailed = batch.Failed,
        };
    }

    private sealed record Tally(int Assets, int Lost, int Doubled, int Mismatched, int Orphans, int Unattached, int UploadsChecked)
    {
        public int BatchItems { get; init; }

        public int Adopted { get; init; }

        public int BatchLost { get; init; }

        public int BatchMoved { get; init; }

        public int BatchFirstMadeNone { get; init; }

        public int BatchRecoveredUnflagged { get; init; }

        public IReadOnlyList<string> BatchFailed { get; init; } = [];
    }

    private static Op[] Plan(int operations, int seed)
    {
        var random = new Random(seed);
        var plan = new Op[operations];
        for (var i = 0; i < operations; i++)
        {
            var roll = random.Next(100);
            var kind = roll switch { < 27 => Kind.Upload, < 28 => Kind.LargeUpload, < 30 => Kind.Batch, < 45 => Kind.UrlCreate, < 60 => Kind.List, < 85 => Kind.Retrieve, _ => Kind.Attach };
            var length = kind switch { Kind.Upload => random.Next(1, 256 * 1024), Kind.LargeUpload => LargeUpload, _ => 0 };
            var op = new Op(kind, string.Create(CultureInfo.InvariantCulture, $"soak-{i:D5}.png"), length, random.Next(int.MaxValue)) { WaitsShort = random.Next(8) == 0 };
            if (length > 0)
            {
                op.Sha256 = Convert.ToHexStringLower(SHA256.HashData(PatternBytes(op)));
            }

            plan[i] = op;
        }

        return plan;
    }

    /// <summary>The op's content, made again from its seed when needed so that 10,000 bodies are never held at once.</summary>
    private static byte[] PatternBytes(Op op)
    {
        var bytes = new byte[op.Length];
        new Random(op.Pick).NextBytes(bytes);
        return bytes;
    }

    private static string? Pick(ConcurrentBag<string> bag, int pick)
    {
        var snapshot = bag.ToArray();
        return snapshot.Length == 0 ? null : snapshot[pick % snapshot.Length];
    }

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static int Sockets(int port) => Resources.Available ? Resources.ConnectionsTo(port) : -1;

    private static string Describe(Exception ex) => ex is FloraApiException api ? $"{ex.GetType().Name} {(int)api.StatusCode} {api.ErrorCode}" : ex.GetType().Name;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record Op(Kind Kind, string Tag, int Length, int Pick)
    {
        public string? Sha256 { get; set; }

        public string? AttachedId { get; set; }

        /// <summary>An upload whose wait is shorter than the processing: it runs out and names the asset.</summary>
        public bool WaitsShort { get; init; }

        public AssetUploadResult[]? FirstRun { get; set; }

        public AssetUploadResult[]? Rerun { get; set; }
    }

    private sealed record Result(bool Succeeded, string? AssetId, Exception? Error, TimeSpan Elapsed);

    /// <summary>Counts <c>flora.client.retries</c> from the SDK's meter, the way an app's collector would.</summary>
    private sealed class RetryCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _value;

        public RetryCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == FloraDiagnostics.MeterName && instrument.Name == "flora.client.retries")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _value, value));
            _listener.Start();
        }

        public long Value => Interlocked.Read(ref _value);

        public void Dispose() => _listener.Dispose();
    }
}

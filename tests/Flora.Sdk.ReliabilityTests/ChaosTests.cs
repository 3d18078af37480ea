using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// 1,000 mixed operations from 16 workers on one client against the emulator with seeded faults on ~30% of requests:
/// nothing is lost, nothing is doubled, every failure is typed, and no socket, handle or task exception leaks.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private const int Operations = 1000;
    private const int Workers = 16;

    // The client's clock runs 10x fast: its 0.5 s..8 s backoff becomes 50..800 ms and a 6 s attempt timeout is 600 ms
    // of real time, a wide margin over a normal answer even on a loaded 2-core machine; a slow response (2 s) is far past it.
    private const double ClockSpeed = 10;
    private static readonly TimeSpan s_attemptTimeout = TimeSpan.FromSeconds(6);
    // Runtime descriptors that appear once (timers, thread-pool wait handles); a leak per fault would be hundreds.
    private const int FdTolerance = 16;

    private enum Kind
    {
        Create,
        Upload,
        Complete,
        List,
        Retrieve,
    }

    [Fact]
    public async Task MixedOperations_UnderSeededFaults_LoseNothingDoubleNothingLeakNothing()
    {
        var unobserved = new ConcurrentQueue<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await RunAsync(unobserved);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }
    }

    private async Task RunAsync(ConcurrentQueue<Exception> unobserved)
    {
        var leakChecks = LeakChecks.Enabled(output);
        await using var emulator = await FloraEmulator.StartAsync();
        var logs = new CountingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        // Warm up first, so that what the runtime opens once (socket engine, thread pool, Kestrel) is in the baseline.
        using (var warmup = emulator.CreateClient())
        {
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(i => warmup.Assets.CreateAsync(
                new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = emulator.WorkspaceId })));
        }

        var warmupAssets = emulator.AssetCount;
        if (leakChecks)
        {
            await Resources.SettleAsync(() => Resources.ConnectionsTo(emulator.Port), n => n == 0, TimeSpan.FromSeconds(5));
        }

        var fdBefore = leakChecks ? Resources.OpenFileDescriptors() : 0;
        var fdTargetsBefore = leakChecks ? Resources.DescriptorTargets() : [];

        var client = new FloraClient(new FloraClientOptions
        {
            ApiKey = emulator.ApiKey,
            BaseUrl = emulator.BaseUrl,
            MaxRetries = 6,
            Timeout = s_attemptTimeout,
            TimeProvider = new ScaledTimeProvider(ClockSpeed),
            LoggerFactory = loggerFactory,
        });

        var chaos = ChaosMix.Create(Seed);
        emulator.Faults.EnableChaos(chaos);

        var plan = Plan();
        var results = new OpResult[Operations];
        var known = new ConcurrentBag<string>();
        var uploaded = new ConcurrentBag<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Operations)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    // Bounded: a hang is a failure of the test, not a slow run.
                    var (id, skipped) = await ExecuteAsync(client, emulator.WorkspaceId, plan[i], known, uploaded).WaitAsync(TimeSpan.FromSeconds(60));
                    results[i] = new OpResult(plan[i], !skipped, id, null, Stopwatch.GetElapsedTime(started), skipped);
                    if (id is not null)
                    {
                        known.Add(id);
                        if (plan[i].Kind == Kind.Upload)
                        {
                            uploaded.Add(id);
                        }
                    }
                }
                catch (Exception ex)
                {
                    results[i] = new OpResult(plan[i], false, null, ex, Stopwatch.GetElapsedTime(started), Skipped: false);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkerAsync)));
        clock.Stop();
        emulator.Faults.DisableChaos();

        // Figures.
        var faults = emulator.Faults.ChaosInjectedCount;
        var requests = emulator.Requests;
        var retries = logs.Count(3);
        var failures = results.Where(r => r.Error is not null).ToList();
        var skippedOps = results.Count(r => r.Skipped);
        var byKind = results.GroupBy(r => r.Op.Kind).OrderBy(g => g.Key)
            .Select(g => $"  {g.Key,-9} {g.Count(),4} ops, {g.Count(r => r.Succeeded),4} succeeded, {g.Count(r => r.Error is not null),3} failed (typed), {g.Count(r => r.Skipped),3} skipped (nothing to pick yet)")
            .ToList();
        var failureKinds = failures.GroupBy(r => Describe(r.Error!)).OrderByDescending(g => g.Count()).Select(g => $"  {g.Count(),4} x {g.Key}").ToList();
        var faultKinds = Enum.GetValues<EmulatorFaultKind>().Select(k => $"{k}={emulator.Faults.GetInjectedCount(k)}");
        var statusFaults = requests.Where(r => r.Fault == EmulatorFaultKind.Status).GroupBy(r => r.StatusCode).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");

        // The invariants on the emulator's state.
        var assets = emulator.Assets.Skip(warmupAssets).ToList();
        var byTag = assets.Where(a => a.FileName is not null).GroupBy(a => a.FileName!).ToDictionary(g => g.Key, g => g.ToList());
        var logicalCreates = results.Where(r => r.Op.Kind is Kind.Create or Kind.Upload).ToList();
        var doubled = byTag.Count(kv => kv.Value.Count > 1);
        var lost = 0;
        var badBytes = 0;
        var orphans = 0;
        foreach (var r in logicalCreates)
        {
            var held = byTag.GetValueOrDefault(r.Op.Tag) ?? [];
            if (r.Succeeded)
            {
                if (held.Count != 1 || held[0].AssetId != r.AssetId)
                {
                    lost++;
                }
                else if (r.Op.Kind == Kind.Upload && (held[0].Sha256 != r.Op.Sha256 || held[0].Status != "ready" || held[0].UploadedBytes != r.Op.Bytes!.Length))
                {
                    badBytes++;
                }
            }
            else if (held.Count == 1)
            {
                orphans++;
            }
        }

        var exactlyOne = logicalCreates.Count(r => byTag.GetValueOrDefault(r.Op.Tag)?.Count == 1);
        var none = logicalCreates.Count(r => !byTag.ContainsKey(r.Op.Tag));
        var strangers = byTag.Keys.Except(logicalCreates.Select(r => r.Op.Tag)).Count();
        var untyped = failures.Where(r => r.Error is not FloraException).ToList();

        // Leaks: connections and descriptors while the client lives (its pool), then after it is disposed.
        var openWhileAlive = leakChecks ? Resources.ConnectionsTo(emulator.Port) : 0;
        var fdWhileAlive = leakChecks ? Resources.OpenFileDescriptors() : 0;
        client.Dispose();
        var openAfter = leakChecks ? await Resources.SettleAsync(() => Resources.ConnectionsTo(emulator.Port), n => n == 0, TimeSpan.FromSeconds(5)) : 0;
        var fdAfter = leakChecks ? await Resources.SettleAsync(Resources.OpenFileDescriptors, n => n <= fdBefore + FdTolerance, TimeSpan.FromSeconds(5)) : 0;

        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var latencies = results.Select(r => r.Elapsed.TotalMilliseconds).Order().ToArray();
        var report = new StringBuilder()
            .AppendLine("Chaos run (seed " + Seed + ")")
            .AppendLine($"  operations: {Operations} from {Workers} workers on one FloraClient in {clock.Elapsed.TotalSeconds:0.0} s")
            .AppendLine($"  requests received by the emulator: {requests.Count}")
            .AppendLine($"  faults injected: {faults} ({100.0 * faults / requests.Count:0.0}% of requests): {string.Join(", ", faultKinds)}; statuses {string.Join(", ", statusFaults)}")
            .AppendLine($"  retries made by the SDK: {retries}")
            .AppendLine($"  outcomes: {results.Count(r => r.Succeeded)} succeeded, {failures.Count} failed with a typed FloraException, {untyped.Count} untyped, {skippedOps} skipped (no asset to pick yet, no request sent)")
            .AppendJoin(Environment.NewLine, byKind).AppendLine()
            .AppendLine("  failures by type:")
            .AppendJoin(Environment.NewLine, failureKinds.DefaultIfEmpty("  (none)")).AppendLine()
            .AppendLine($"  logical creates (create + upload): {logicalCreates.Count}; assets held: {assets.Count}; doubled: {doubled}; lost: {lost}; bytes mismatched: {badBytes}; unknown assets: {strangers}")
            .AppendLine($"  logical creates holding exactly one asset: {exactlyOne}; holding none: {none} (each of them failed before the server acted)")
            .AppendLine($"  failed creates that left a reservation (server acted, response lost, retry answered idempotency_duplicate): {orphans}")
            .AppendLine($"  completed uploads verified by SHA-256: {results.Count(r => r.Succeeded && r.Op.Kind == Kind.Upload)}")
            .AppendLine($"  op latency p50 {Percentile(latencies, 0.50):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms")
            .AppendLine($"  connections to the emulator: {openWhileAlive} pooled while the client lived, {openAfter} after Dispose")
            .AppendLine($"  open file descriptors: {fdBefore} before, {fdWhileAlive} while the client lived, {fdAfter} after Dispose")
            .AppendLine($"  unobserved task exceptions: {unobserved.Count}; uploads that carried Authorization: {assets.Count(a => a.UploadCarriedAuthorization)}; log lines: {logs.Lines.Count}, holding the key: {logs.Lines.Count(l => l.Contains(emulator.ApiKey, StringComparison.Ordinal))}")
            .ToString();
        Figures.Report(output, "chaos", report);

        Assert.True(untyped.Count == 0, "Untyped failures: " + string.Join(Environment.NewLine, untyped.Take(5).Select(r => r.Error!.ToString())));
        Assert.Equal(0, doubled);
        Assert.Equal(0, lost);
        Assert.Equal(0, badBytes);
        Assert.Equal(0, strangers);
        Assert.True(logicalCreates.Where(r => !byTag.ContainsKey(r.Op.Tag)).All(r => !r.Succeeded), "a successful create holds no asset");

        // A lost create response cannot be recovered (FLORA answers a repeated key with idempotency_duplicate, not the
        // original response): the SDK must say so truthfully, and the reservation it made must exist exactly once.
        var duplicates = failures.Where(r => r.Error is FloraConflictException { ErrorCode: "idempotency_duplicate" }).ToList();
        Assert.All(duplicates, r => Assert.True(
            r.Op.Kind is Kind.Create or Kind.Upload && byTag.GetValueOrDefault(r.Op.Tag)?.Count == 1,
            $"{r.Op.Kind} {r.Op.Tag} failed with idempotency_duplicate but the server holds no asset for it"));
        Assert.True(assets.Count <= logicalCreates.Count, $"{assets.Count} assets for {logicalCreates.Count} logical creates");
        Assert.InRange(faults, requests.Count / 5, requests.Count * 2 / 5);
        Assert.True(retries >= faults / 2, $"{retries} retries for {faults} faults");
        Assert.True(skippedOps <= Operations / 20, $"{skippedOps} operations skipped: the run checks too little");
        Assert.True(results.Count(r => r.Succeeded) >= (Operations - skippedOps) * 9 / 10, "fewer than 90% of the operations run succeeded");
        Assert.Empty(unobserved);
        Assert.DoesNotContain(assets, a => a.UploadCarriedAuthorization);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(emulator.ApiKey, StringComparison.Ordinal));
        if (leakChecks)
        {
            Assert.True(openWhileAlive <= Workers * 2, $"{openWhileAlive} connections pooled for {Workers} workers");
            Assert.Equal(0, openAfter);
            Assert.True(fdAfter <= fdBefore + FdTolerance, $"file descriptors grew from {fdBefore} to {fdAfter}: " + string.Join(", ", Resources.DescriptorTargets().Except(fdTargetsBefore)));
        }
    }

    /// <summary>Runs one operation; a complete or retrieve that finds no asset to pick yet sends nothing and is skipped.</summary>
    private static async Task<(string? AssetId, bool Skipped)> ExecuteAsync(FloraClient client, string workspaceId, Op op, ConcurrentBag<string> known, ConcurrentBag<string> uploaded)
    {
        switch (op.Kind)
        {
            case Kind.Create:
                var created = await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = workspaceId, FileName = op.Tag });
                return (created.AssetId, false);
            case Kind.Upload:
                using (var content = new MemoryStream(op.Bytes!))
                {
                    var done = await client.Assets.UploadAsync(content, new AssetUploadParams { WorkspaceId = workspaceId, FileName = op.Tag, ContentType = "application/octet-stream", AllowUnknownContentType = true, UploadPath = AssetUploadPath.SignedUrl });
                    return done.Status == AssetStatus.Ready ? (done.AssetId, false) : throw new InvalidOperationException($"Upload returned status {done.Status}.");
                }

            case Kind.Complete:
                if (Pick(uploaded, op.Pick) is not { } readyId)
                {
                    return (null, true);
                }

                var completed = await client.Assets.CompleteAsync(readyId);
                return completed.Status == AssetStatus.Ready ? (null, false) : throw new InvalidOperationException($"Complete of a ready asset returned {completed.Status}.");
            case Kind.Retrieve:
                if (Pick(known, op.Pick) is not { } id)
                {
                    return (null, true);
                }

                var asset = await client.Assets.RetrieveAsync(id);
                return asset.AssetId == id ? (null, false) : throw new InvalidOperationException("Retrieve returned another asset.");
            default:
                var pages = 0;
                await foreach (var page in client.Assets.ListAsync(new AssetListParams { WorkspaceId = workspaceId, Limit = 50 }).AsPages())
                {
                    if (++pages == 3)
                    {
                        break;
                    }
                }

                return (null, false);
        }
    }

    private static string? Pick(ConcurrentBag<string> bag, int pick)
    {
        var snapshot = bag.ToArray();
        return snapshot.Length == 0 ? null : snapshot[pick % snapshot.Length];
    }

    private static Op[] Plan()
    {
        var random = new Random(Seed);
        var plan = new Op[Operations];
        for (var i = 0; i < Operations; i++)
        {
            var roll = random.Next(100);
            var kind = roll switch { < 25 => Kind.Create, < 50 => Kind.Upload, < 62 => Kind.Complete, < 77 => Kind.List, _ => Kind.Retrieve };
            byte[]? bytes = null;
            if (kind == Kind.Upload)
            {
                bytes = new byte[random.Next(1, 64 * 1024)];
                random.NextBytes(bytes);
            }

            plan[i] = new Op(kind, $"chaos-{i:D4}.bin", bytes, bytes is null ? null : Convert.ToHexStringLower(SHA256.HashData(bytes)), random.Next(int.MaxValue));
        }

        return plan;
    }

    private static string Describe(Exception ex) => ex switch
    {
        FloraApiException api => $"{ex.GetType().Name} {(int)api.StatusCode} {api.ErrorCode}",
        _ => ex.GetType().Name,
    };

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record Op(Kind Kind, string Tag, byte[]? Bytes, string? Sha256, int Pick);

    private sealed record OpResult(Op Op, bool Succeeded, string? AssetId, Exception? Error, TimeSpan Elapsed, bool Skipped);
}

using System.Diagnostics;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Flora.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// 500 concurrent calls on one client, over the SDK's own connection pool and over an <see cref="IHttpClientFactory"/>
/// client: every call succeeds, no retry is needed, and the connection count does not grow from round to round.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Concurrency = 500;
    private const int MeasuredRounds = 5;

    [Fact]
    public async Task FiveHundredConcurrentCalls_OwnedClient_AllSucceedWithoutSocketGrowth()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false });
        var logs = new CountingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var client = emulator.CreateClient(o => o.LoggerFactory = loggerFactory);

        await RunAsync("load-owned", "one FloraClient with its own pool (SocketsHttpHandler)", emulator, client, logs);
    }

    [Fact]
    public async Task FiveHundredConcurrentCalls_HttpClientFactoryClient_AllSucceedWithoutSocketGrowth()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false });
        var logs = new CountingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        var services = new ServiceCollection();
        services.AddHttpClient();
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();
        using var client = new FloraClient(factory.CreateClient(), new FloraClientOptions
        {
            ApiKey = emulator.ApiKey,
            BaseUrl = emulator.BaseUrl,
            LoggerFactory = loggerFactory,
        });

        await RunAsync("load-factory", "new FloraClient(IHttpClientFactory.CreateClient(), options)", emulator, client, logs);
    }

    private async Task RunAsync(string name, string description, FloraEmulator emulator, FloraClient client, CountingLoggerProvider logs)
    {
        var leakChecks = LeakChecks.Enabled(output);

        // Assets to retrieve, made before the clock starts.
        var seeded = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.Assets.CreateAsync(
            new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = emulator.WorkspaceId, FileName = $"seed-{i}.png" })));
        var ids = seeded.Select(a => a.AssetId).ToArray();

        // A warm-up round opens the pool; the measured rounds must reuse it.
        var warmup = await RoundAsync(client, emulator.WorkspaceId, ids, round: 0);
        var connectionsAfterWarmup = leakChecks ? Resources.ConnectionsTo(emulator.Port) : 0;
        var fdAfterWarmup = leakChecks ? Resources.OpenFileDescriptors() : 0;

        var latencies = new List<double>();
        var connections = new List<int>();
        var failures = warmup.Failures;
        var clock = Stopwatch.StartNew();
        for (var round = 1; round <= MeasuredRounds; round++)
        {
            var result = await RoundAsync(client, emulator.WorkspaceId, ids, round);
            latencies.AddRange(result.Latencies);
            failures += result.Failures;
            connections.Add(leakChecks ? Resources.ConnectionsTo(emulator.Port) : 0);
        }

        clock.Stop();
        var fdAfter = leakChecks ? Resources.OpenFileDescriptors() : 0;
        var sorted = latencies.Order().ToArray();
        var calls = MeasuredRounds * Concurrency;
        var report = new StringBuilder()
            .AppendLine($"Load: {description}")
            .AppendLine($"  {MeasuredRounds} rounds of {Concurrency} concurrent calls (half CreateAsync, half RetrieveAsync) after a warm-up round, loopback emulator")
            .AppendLine($"  calls: {calls}, failed: {failures}, retries: {logs.Count(3)}")
            .AppendLine($"  throughput: {calls / clock.Elapsed.TotalSeconds:0} calls/s ({clock.Elapsed.TotalSeconds:0.00} s)")
            .AppendLine($"  latency: p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms")
            .AppendLine($"  connections to the emulator: {connectionsAfterWarmup} after warm-up, then {string.Join(", ", connections)} after each round")
            .AppendLine($"  open file descriptors: {fdAfterWarmup} after warm-up, {fdAfter} after the measured rounds")
            .ToString();
        Figures.Report(output, name, report);

        Assert.Equal(0, failures);
        Assert.Equal(0, logs.Count(3));
        if (leakChecks)
        {
            // The pool is reused: no round opens more than the concurrency, and later rounds do not add connections.
            Assert.All(connections, n => Assert.InRange(n, 1, Concurrency));
            Assert.True(connections[^1] <= connectionsAfterWarmup + 10, $"connections grew from {connectionsAfterWarmup} to {connections[^1]}");
            Assert.True(fdAfter <= fdAfterWarmup + 20, $"file descriptors grew from {fdAfterWarmup} to {fdAfter}");
        }
    }

    private static async Task<(List<double> Latencies, int Failures)> RoundAsync(FloraClient client, string workspaceId, string[] ids, int round)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, Concurrency).Select(async i =>
        {
            await start.WaitAsync();
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (i % 2 == 0)
                {
                    await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = workspaceId, FileName = $"load-{round}-{i}.png" });
                }
                else
                {
                    var id = ids[i % ids.Length];
                    var asset = await client.Assets.RetrieveAsync(id);
                    Assert.Equal(id, asset.AssetId);
                }

                return (Ok: true, Ms: Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (FloraException)
            {
                return (Ok: false, Ms: Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ToList();
        start.Release(Concurrency);
        var results = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(60));
        return ([.. results.Select(r => r.Ms)], results.Count(r => !r.Ok));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

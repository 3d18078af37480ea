using BenchmarkDotNet.Attributes;
using Flora.Sdk.Benchmarks.Baseline;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>
/// The per-call overhead of <c>client.Runs.RetrieveAsync</c> (GET /runs/{id}) over the hand-written baseline, measured
/// like the asset Retrieve (<see cref="RetrieveCostBenchmarks"/>): both clients over the same in-memory handler, so only
/// client work is measured.
/// </summary>
[MemoryDiagnoser]
public class RunRetrieveBenchmarks
{
    private ClientSet _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = ClientSet.InMemory(new FloraRoutes());

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true)]
    public Task<BaselineRun> Baseline() => _clients.Baseline.RetrieveRunAsync(Payloads.RunId);

    [Benchmark]
    public Task<Run> Sdk() => _clients.Sdk.Runs.RetrieveAsync(Payloads.RunId);
}

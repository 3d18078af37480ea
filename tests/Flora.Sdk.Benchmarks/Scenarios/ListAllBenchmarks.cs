using BenchmarkDotNet.Attributes;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Benchmarks.RefitClient;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>
/// Every item of 1,000 pages of 100 (100,000 items) through each client, in memory. Results are per item
/// (OperationsPerInvoke), so "Allocated" is the allocation per item; Gen1/Gen2 near zero shows that memory stays flat.
/// </summary>
[MemoryDiagnoser]
public class ListAllBenchmarks
{
    public const int Pages = 1_000;
    public const int Items = Pages * Payloads.PageSize;

    private static readonly AssetListParams s_params = new() { Limit = Payloads.PageSize };
    private ClientSet _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = ClientSet.InMemory(new FloraRoutes(Payloads.BuildChain(Pages)));

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Items, Description = "Baseline")]
    public async Task<int> ListAll_Baseline()
    {
        var count = 0;
        await foreach (var item in _clients.Baseline.ListAllAsync(Payloads.PageSize).ConfigureAwait(false))
        {
            count += item.AssetId is null ? 0 : 1;
        }

        return Check(count);
    }

    [Benchmark(OperationsPerInvoke = Items, Description = "Refit")]
    public async Task<int> ListAll_Refit()
    {
        var count = 0;
        await foreach (var item in _clients.Refit.ListAllAsync(Payloads.PageSize).ConfigureAwait(false))
        {
            count += item.AssetId is null ? 0 : 1;
        }

        return Check(count);
    }

    [Benchmark(OperationsPerInvoke = Items, Description = "Flora.Sdk")]
    public async Task<int> ListAll_Sdk()
    {
        var count = 0;
        await foreach (var item in _clients.Sdk.Assets.ListAsync(s_params).ConfigureAwait(false))
        {
            count += item.AssetId is null ? 0 : 1;
        }

        return Check(count);
    }

    private static int Check(int count) =>
        count == Items ? count : throw new InvalidOperationException($"Expected {Items} items, got {count}.");
}

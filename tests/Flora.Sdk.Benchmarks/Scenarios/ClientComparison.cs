using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Flora.Sdk.Benchmarks.Baseline;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Benchmarks.RefitClient;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>
/// Retrieve, create (signed-url) and one list page of 100, through the hand-written baseline, Refit and Flora.Sdk,
/// compared per category (the ratio column is relative to the baseline of the same category).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class ClientComparison
{
    private ClientSet _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = CreateClients();

    [GlobalCleanup]
    public void Cleanup()
    {
        _clients.Dispose();
        OnCleanup();
    }

    [BenchmarkCategory("Retrieve"), Benchmark(Baseline = true, Description = "Baseline")]
    public Task<BaselineRetrieveResponse> Retrieve_Baseline() => _clients.Baseline.RetrieveAsync(Payloads.AssetId);

    [BenchmarkCategory("Retrieve"), Benchmark(Description = "Refit")]
    public Task<BaselineRetrieveResponse> Retrieve_Refit() => _clients.Refit.RetrieveAsync(Payloads.AssetId);

    [BenchmarkCategory("Retrieve"), Benchmark(Description = "Flora.Sdk")]
    public Task<AssetRetrieveResponse> Retrieve_Sdk() => _clients.Sdk.Assets.RetrieveAsync(Payloads.AssetId);

    [BenchmarkCategory("Create"), Benchmark(Baseline = true, Description = "Baseline")]
    public Task<BaselineCreateResponse> Create_Baseline() => _clients.Baseline.CreateAsync(Requests.BaselineCreate);

    [BenchmarkCategory("Create"), Benchmark(Description = "Refit")]
    public Task<BaselineCreateResponse> Create_Refit() => _clients.Refit.CreateAsync(Requests.BaselineCreate, Guid.NewGuid().ToString());

    [BenchmarkCategory("Create"), Benchmark(Description = "Flora.Sdk")]
    public Task<AssetCreateResponse> Create_Sdk() => _clients.Sdk.Assets.CreateAsync(Requests.SdkCreate);

    [BenchmarkCategory("ListPage"), Benchmark(Baseline = true, Description = "Baseline")]
    public Task<BaselineListPage> ListPage_Baseline() => _clients.Baseline.ListPageAsync(cursor: null, limit: Payloads.PageSize);

    [BenchmarkCategory("ListPage"), Benchmark(Description = "Refit")]
    public Task<BaselineListPage> ListPage_Refit() => _clients.Refit.ListAsync(limit: Payloads.PageSize);

    [BenchmarkCategory("ListPage"), Benchmark(Description = "Flora.Sdk")]
    public async Task<Page<AssetListResponse>> ListPage_Sdk() =>
        (await _clients.Sdk.Assets.WithRawResponse.ListPageAsync(Requests.SdkListPage).ConfigureAwait(false)).Value;

    private protected abstract ClientSet CreateClients();

    private protected virtual void OnCleanup()
    {
    }
}

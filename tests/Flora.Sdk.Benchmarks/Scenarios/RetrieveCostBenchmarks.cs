using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Flora.Sdk.Benchmarks.Baseline;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>
/// Where Flora.Sdk's time over the baseline goes in one in-memory Retrieve: the same call without the retry pipeline
/// (<c>MaxRetries = 0</c>), without the attempt timeout, without both, and the JSON parse of each client alone.
/// </summary>
[MemoryDiagnoser]
public class RetrieveCostBenchmarks
{
    private static readonly RequestOptions s_noRetries = new() { MaxRetries = 0 };
    private static readonly RequestOptions s_noTimeout = new() { Timeout = Timeout.InfiniteTimeSpan };
    private static readonly RequestOptions s_neither = new() { MaxRetries = 0, Timeout = Timeout.InfiniteTimeSpan };
    private ClientSet _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = ClientSet.InMemory(new FloraRoutes());

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true)]
    public Task<BaselineRetrieveResponse> Baseline() => _clients.Baseline.RetrieveAsync(Payloads.AssetId);

    [Benchmark]
    public Task<AssetRetrieveResponse> Sdk() => _clients.Sdk.Assets.RetrieveAsync(Payloads.AssetId);

    [Benchmark]
    public Task<AssetRetrieveResponse> SdkWithoutRetries() => _clients.Sdk.Assets.RetrieveAsync(Payloads.AssetId, s_noRetries);

    [Benchmark]
    public Task<AssetRetrieveResponse> SdkWithoutTimeout() => _clients.Sdk.Assets.RetrieveAsync(Payloads.AssetId, s_noTimeout);

    [Benchmark]
    public Task<AssetRetrieveResponse> SdkWithoutEither() => _clients.Sdk.Assets.RetrieveAsync(Payloads.AssetId, s_neither);

    [Benchmark]
    public BaselineRetrieveResponse? ParseOnlyBaseline() => JsonSerializer.Deserialize(Payloads.Retrieve, BaselineJsonContext.Default.BaselineRetrieveResponse);

    [Benchmark]
    public AssetRetrieveResponse? ParseOnlySdk() => JsonSerializer.Deserialize(Payloads.Retrieve, FloraJsonContext.Default.AssetRetrieveResponse);
}

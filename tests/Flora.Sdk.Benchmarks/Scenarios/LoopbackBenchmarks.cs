using Flora.Sdk.Benchmarks.Infrastructure;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>
/// The three clients over real sockets to a loopback Kestrel server serving the same bytes. The server runs in the
/// benchmark host process (see Program), so its allocations are not counted here; run alone (e.g. in-process
/// toolchains) it starts its own in this process instead.
/// </summary>
public class LoopbackBenchmarks : ClientComparison
{
    private BenchmarkServer? _ownServer;

    private protected override ClientSet CreateClients()
    {
        var url = Environment.GetEnvironmentVariable(BenchmarkServer.UrlVariable);
        if (string.IsNullOrEmpty(url))
        {
            _ownServer = BenchmarkServer.StartAsync(new FloraRoutes()).GetAwaiter().GetResult();
            url = _ownServer.BaseUrl;
        }

        return ClientSet.Loopback(url);
    }

    private protected override void OnCleanup() => _ownServer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}

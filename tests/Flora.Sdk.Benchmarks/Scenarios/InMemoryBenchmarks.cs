using Flora.Sdk.Benchmarks.Infrastructure;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>The three clients over an in-memory handler: only client work is measured.</summary>
public class InMemoryBenchmarks : ClientComparison
{
    private protected override ClientSet CreateClients() => ClientSet.InMemory(new FloraRoutes());
}

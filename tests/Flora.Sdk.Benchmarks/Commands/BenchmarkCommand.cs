using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Flora.Sdk.Benchmarks.Infrastructure;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>Runs the BenchmarkDotNet suites with the command-line options given (e.g. <c>--filter * --job short</c>).</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        // The loopback suite's server runs here, in the host, so BenchmarkDotNet's child processes measure only the clients.
        await using var server = await BenchmarkServer.StartAsync(new FloraRoutes());
        Environment.SetEnvironmentVariable(BenchmarkServer.UrlVariable, server.BaseUrl);

        // Building BenchmarkDotNet's generated project can take minutes on a busy 2-core machine (the default limit is 2).
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCommand).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}

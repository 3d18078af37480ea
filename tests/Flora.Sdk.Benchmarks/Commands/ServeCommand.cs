using Flora.Sdk.Benchmarks.Infrastructure;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary><c>serve</c>: runs the loopback server until Enter (or end of input) and prints its base URL.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        _ = args;
        await using var server = await BenchmarkServer.StartAsync(new FloraRoutes());
        Console.WriteLine(server.BaseUrl);
        await Console.In.ReadLineAsync();
        return 0;
    }
}

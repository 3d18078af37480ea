using System.Diagnostics;
using Flora.Sdk.Benchmarks.Baseline;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// One cold start in a fresh process: create a client, retrieve one asset, print the milliseconds from Main to the
/// parsed response. The parent (<see cref="ColdStartCommand"/>) also times the whole process from spawn.
/// </summary>
internal static class ColdStartChild
{
    private const string ApiKey = "flora_bench_0123456789abcdef";
    private const string AssetId = "asset_abc123";

    public static async Task<int> RunSdkAsync(string[] args)
    {
        var started = Stopwatch.GetTimestamp();
        using var client = new FloraClient(new FloraClientOptions { ApiKey = ApiKey, BaseUrl = new Uri(args[1]) });
        var created = Stopwatch.GetElapsedTime(started);
        var asset = await client.Assets.RetrieveAsync(AssetId);
        return Report(started, asset.AssetId, created);
    }

    public static async Task<int> RunBaselineAsync(string[] args)
    {
        var started = Stopwatch.GetTimestamp();
        using var http = new HttpClient();
        var client = new BaselineClient(http, args[1], ApiKey);
        var created = Stopwatch.GetElapsedTime(started);
        var asset = await client.RetrieveAsync(AssetId);
        return Report(started, asset.AssetId, created);
    }

    private static int Report(long started, string assetId, TimeSpan created)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (Environment.GetEnvironmentVariable("FLORA_BENCH_LIST_ASSEMBLIES") == "1")
        {
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                Console.Error.WriteLine(assembly.GetName().Name);
            }
        }

        Console.WriteLine(FormattableString.Invariant($"first-response {elapsed.TotalMilliseconds:F2} {assetId} {created.TotalMilliseconds:F2}"));
        return assetId == AssetId ? 0 : 1;
    }
}

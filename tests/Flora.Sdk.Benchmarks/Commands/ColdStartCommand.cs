using System.Diagnostics;
using System.Globalization;
using Flora.Sdk.Benchmarks.Infrastructure;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>coldstart [--runs N]</c>: spawns <c>dotnet &lt;this dll&gt; coldstart-sdk|coldstart-baseline &lt;url&gt;</c> N times each,
/// alternating, against a loopback server in this process, and prints the medians as a markdown table.
/// </summary>
internal static class ColdStartCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Options.Int(args, "--runs", 9);
        await using var server = await BenchmarkServer.StartAsync(new FloraRoutes());
        var dll = typeof(ColdStartCommand).Assembly.Location;
        var results = new Dictionary<string, (List<double> Wall, List<double> InProcess, List<double> Create)>
        {
            ["coldstart-baseline"] = ([], [], []),
            ["coldstart-sdk"] = ([], [], []),
        };

        // One unmeasured run each warms the OS file cache, as a deployed app would have it.
        foreach (var mode in results.Keys)
        {
            await SpawnAsync(dll, mode, server.BaseUrl);
        }

        for (var i = 0; i < runs; i++)
        {
            foreach (var (mode, samples) in results)
            {
                var (wall, inProcess, create) = await SpawnAsync(dll, mode, server.BaseUrl);
                samples.Wall.Add(wall);
                samples.InProcess.Add(inProcess);
                samples.Create.Add(create);
            }
        }

        var baseline = results["coldstart-baseline"];
        var sdk = results["coldstart-sdk"];
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"Cold start, {runs} runs each (median; min-max)"));
        Console.WriteLine();
        Console.WriteLine("| Client | Spawn to first response (ms) | Main to first response (ms) | of which creating the client (ms) | Ratio (spawn) | Ratio (Main) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row("Baseline (HttpClient + STJ source gen)", baseline, baseline));
        Console.WriteLine(Row("Flora.Sdk", sdk, baseline));
        return 0;
    }

    private static string Row(
        string name, (List<double> Wall, List<double> InProcess, List<double> Create) s, (List<double> Wall, List<double> InProcess, List<double> Create) b) =>
        FormattableString.Invariant(
            $"| {name} | {Stats.Median(s.Wall):F1} ({s.Wall.Min():F0}-{s.Wall.Max():F0}) | {Stats.Median(s.InProcess):F1} ({s.InProcess.Min():F0}-{s.InProcess.Max():F0}) | {Stats.Median(s.Create):F1} | {Stats.Median(s.Wall) / Stats.Median(b.Wall):F2} | {Stats.Median(s.InProcess) / Stats.Median(b.InProcess):F2} |");

    private static async Task<(double Wall, double InProcess, double Create)> SpawnAsync(string dll, string mode, string url)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(url);
        start.Environment["DOTNET_TieredPGO"] = null;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var line = await process.StandardOutput.ReadLineAsync() ?? string.Empty;
        var wall = clock.Elapsed.TotalMilliseconds;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var parts = line.Split(' ');
        if (process.ExitCode != 0 || parts.Length < 4 || parts[0] != "first-response")
        {
            throw new InvalidOperationException($"{mode} failed (exit {process.ExitCode}): {line} {error}");
        }

        return (wall, double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}

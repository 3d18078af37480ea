using System.Globalization;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>emulator [--seed N] [--store-uploads]</c>: starts the FLORA emulator on loopback, creates N ready assets through its API, prints
/// <c>ready &lt;baseUrl&gt; &lt;apiKey&gt; &lt;workspaceId&gt;</c> and runs until its input closes.
/// </summary>
internal static class EmulatorHostCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seed = Options.Int(args, "--seed", 0);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false, StoreUploads = Options.Flag(args, "--store-uploads") });
        if (seed > 0)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var next = -1;
            var workers = Enumerable.Range(0, 8).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < seed)
                {
                    await emulator.Client.Assets.CreateAsync(new AssetCreateParams
                    {
                        Source = string.Create(CultureInfo.InvariantCulture, $"https://media.flora.ai/seed/{i}.png"),
                        WorkspaceId = emulator.WorkspaceId,
                    });
                }
            });
            await Task.WhenAll(workers);
            Console.WriteLine(FormattableString.Invariant(
                $"seeded {emulator.AssetCount} assets in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));
        }

        Console.WriteLine($"ready {emulator.BaseUrl} {emulator.ApiKey} {emulator.WorkspaceId}");
        while (await Console.In.ReadLineAsync() is not null)
        {
        }

        return 0;
    }
}

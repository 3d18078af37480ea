using System.Diagnostics;
using System.Globalization;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>wait-requests [--seconds 3,8,20]</c>: against the in-process emulator with each processing time, starts a technique
/// run and waits for it with <c>client.Runs.WaitForCompletionAsync</c> (default schedule), then counts the polls the
/// emulator received (<c>GET /runs/{id}</c>) and compares them with the schedule's: a look at once, then after 1, 1.5,
/// 2.25, 3.375 s and every 5 s, so the polls a wait of that length may make are the schedule's instants up to when it returned.
/// Prints a markdown table.
/// </summary>
internal static class WaitRequestsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--seconds");
        var seconds = at >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [3, 8, 20];

        Console.WriteLine("| Run takes | Wait returned after | Polls received | Schedule's polls in that time | Verdict |");
        Console.WriteLine("|---:|---:|---:|---:|---|");
        var allWithin = true;
        foreach (var processing in seconds)
        {
            await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromSeconds(processing) });
            var client = emulator.Client;
            var run = await client.Techniques.Runs.CreateAsync(
                "tech_emulator_text_to_image", new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.Text("prompt", "a red fox")] });
            emulator.ClearRequests();

            var watch = Stopwatch.StartNew();
            var done = await client.Runs.WaitForCompletionAsync(run.RunId);
            var waited = watch.Elapsed;
            var polls = emulator.CountRequests(EmulatorRoute.RetrieveRun);
            var allowed = SchedulePolls(waited);
            var within = polls <= allowed && done.Status == RunStatus.Completed;
            allWithin &= within;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {processing:0.#} s | {waited.TotalSeconds:0.00} s | {polls} | {allowed} | {(within ? "PASS" : "FAIL")} |"));
        }

        return allWithin ? 0 : 1;
    }

    /// <summary>The schedule's looks up to <paramref name="waited"/>: one at once, then one after each pause (1 s, ×1.5, at most 5 s).</summary>
    private static int SchedulePolls(TimeSpan waited)
    {
        var polls = 1;
        var at = 0.0;
        var pause = 1.0;
        while (at + pause <= waited.TotalSeconds)
        {
            at += pause;
            polls++;
            pause = Math.Min(pause * 1.5, 5);
        }

        return polls;
    }
}

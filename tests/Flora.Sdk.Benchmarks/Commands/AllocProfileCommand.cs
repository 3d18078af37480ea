using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Flora.Sdk.Benchmarks.Infrastructure;
using Flora.Sdk.Benchmarks.Scenarios;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>alloc-profile [retrieve|create|listpage|run-retrieve] [--ops N]</c>: runs one in-memory call of each client N times and prints
/// exact bytes per call plus the runtime's sampled allocation ticks (about one per 100 KB) by type, to find what a
/// client allocates more than the baseline.
/// </summary>
internal static class AllocProfileCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scenario = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "retrieve";
        var ops = Options.Int(args, "--ops", 200_000);
        var bench = new InMemoryBenchmarks();
        bench.Setup();
        var runs = new RunRetrieveBenchmarks();
        runs.Setup();
        (string Name, Func<Task> Call)[] calls = scenario switch
        {
            "create" => [("Baseline", bench.Create_Baseline), ("Refit", bench.Create_Refit), ("Flora.Sdk", bench.Create_Sdk)],
            "run-retrieve" => [("Baseline", runs.Baseline), ("Flora.Sdk", runs.Sdk)],
            "listpage" => [("Baseline", bench.ListPage_Baseline), ("Refit", bench.ListPage_Refit), ("Flora.Sdk", bench.ListPage_Sdk)],
            _ => [("Baseline", bench.Retrieve_Baseline), ("Refit", bench.Retrieve_Refit), ("Flora.Sdk", bench.Retrieve_Sdk)],
        };

        foreach (var (name, call) in calls)
        {
            for (var i = 0; i < 2_000; i++)
            {
                await call();
            }

            using var listener = new AllocationListener();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < ops; i++)
            {
                await call();
            }

            var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)ops;
            Console.WriteLine(FormattableString.Invariant($"== {scenario} {name}: {perCall:F0} B/call"));
            var total = listener.Ticks.Values.Sum();
            foreach (var (type, count) in listener.Ticks.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine(FormattableString.Invariant($"   {count * perCall / Math.Max(1, total),8:F0} B  {type}"));
            }
        }

        bench.Cleanup();
        runs.Cleanup();
        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, long> Ticks { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload)
            {
                var index = eventData.PayloadNames!.IndexOf("TypeName");
                var type = index >= 0 ? payload[index] as string ?? "?" : "?";
                Ticks.AddOrUpdate(type, 1, (_, n) => n + 1);
            }
        }
    }
}

using Flora.Sdk.Testing;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>
/// The fault mix of the chaos runs (ChaosTests and the benchmarks' soak command): on <paramref name="probability"/> of
/// requests, 500, 502, 503 with a wait, 504, 429 with <c>retry-after-ms</c> and with <c>Retry-After</c>, a connection
/// dropped before and one after the server acted, and a slow answer.
/// </summary>
internal static class ChaosMix
{
    public static readonly TimeSpan SlowResponse = TimeSpan.FromSeconds(2);

    public static EmulatorChaosOptions Create(int seed, double probability = 0.3)
    {
        var chaos = new EmulatorChaosOptions { Seed = seed, Probability = probability };
        chaos.Faults.Clear();
        chaos.Faults.Add(EmulatorFault.Status(500));
        chaos.Faults.Add(EmulatorFault.Status(502));
        chaos.Faults.Add(EmulatorFault.ServiceUnavailable(TimeSpan.FromSeconds(1)));
        chaos.Faults.Add(EmulatorFault.Status(504));
        chaos.Faults.Add(EmulatorFault.RateLimited(TimeSpan.FromMilliseconds(300)));
        chaos.Faults.Add(EmulatorFault.Status(429, "rate_limited", new Dictionary<string, string> { ["Retry-After"] = "1" }));
        chaos.Faults.Add(EmulatorFault.DropConnection());
        chaos.Faults.Add(EmulatorFault.DropConnectionAfterHandling());
        chaos.Faults.Add(EmulatorFault.Delayed(SlowResponse));
        return chaos;
    }
}

namespace Flora.Sdk.Testing;

/// <summary>Settings of the emulator's seeded random fault mode (<see cref="FloraEmulatorFaults.EnableChaos"/>).</summary>
public sealed class EmulatorChaosOptions
{
    /// <summary>The seed of the random choices, so a failing chaos run can be replayed.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>The chance, from 0 to 1, that a request gets a fault.</summary>
    /// <value>Defaults to 0.2.</value>
    public double Probability { get; set; } = 0.2;

    /// <summary>The faults to pick from, uniformly.</summary>
    /// <value>
    /// Defaults to a 503 with <c>Retry-After: 0</c>, a 429 with <c>retry-after-ms: 10</c>, a dropped connection before
    /// handling and one after handling.
    /// </value>
    public IList<EmulatorFault> Faults { get; } =
    [
        EmulatorFault.ServiceUnavailable(TimeSpan.Zero),
        EmulatorFault.RateLimited(TimeSpan.FromMilliseconds(10)),
        EmulatorFault.DropConnection(),
        EmulatorFault.DropConnectionAfterHandling(),
    ];

    /// <summary>The routes chaos applies to; empty means every route.</summary>
    /// <value>Defaults to empty (every route).</value>
    public ISet<EmulatorRoute> Routes { get; } = new HashSet<EmulatorRoute>();
}

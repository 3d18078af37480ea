namespace Flora.Sdk.Testing;

/// <summary>
/// Fault injection for an emulator: queued faults for the next requests of a route, and a seeded random (chaos) mode.
/// Queued faults are used first, in order; chaos applies only when no queued fault matched. Thread-safe.
/// </summary>
public sealed class FloraEmulatorFaults
{
    private readonly object _gate = new();
    private readonly Dictionary<EmulatorRoute, Queue<EmulatorFault>> _queued = [];
    private readonly Dictionary<EmulatorFaultKind, int> _injected = [];
    private EmulatorChaosOptions? _chaos;
    private EmulatorFault[] _chaosFaults = [];
    private Random? _random;
    private int _chaosInjected;

    internal FloraEmulatorFaults()
    {
    }

    /// <summary>How many faults were injected so far, queued and chaos together.</summary>
    public int InjectedCount
    {
        get
        {
            lock (_gate)
            {
                return _injected.Values.Sum();
            }
        }
    }

    /// <summary>How many faults the chaos mode injected so far.</summary>
    public int ChaosInjectedCount
    {
        get
        {
            lock (_gate)
            {
                return _chaosInjected;
            }
        }
    }

    /// <summary>Whether the chaos mode is on.</summary>
    public bool IsChaosEnabled
    {
        get
        {
            lock (_gate)
            {
                return _chaos is not null;
            }
        }
    }

    /// <summary>Makes the next <paramref name="times"/> requests of <paramref name="route"/> suffer <paramref name="fault"/>.</summary>
    /// <param name="route">The route the fault hits.</param>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many consecutive requests of the route it hits; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is less than 1.</exception>
    public void Enqueue(EmulatorRoute route, EmulatorFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            if (!_queued.TryGetValue(route, out var queue))
            {
                _queued[route] = queue = new Queue<EmulatorFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>How many queued faults are still waiting for requests of <paramref name="route"/>.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The number of queued faults not used yet.</returns>
    public int PendingCount(EmulatorRoute route)
    {
        lock (_gate)
        {
            return _queued.TryGetValue(route, out var queue) ? queue.Count : 0;
        }
    }

    /// <summary>Turns on the seeded random fault mode.</summary>
    /// <param name="options">The seed, probability, faults and routes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The probability is not between 0 and 1.</exception>
    /// <exception cref="ArgumentException">No faults are listed.</exception>
    public void EnableChaos(EmulatorChaosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Probability is < 0 or > 1 || double.IsNaN(options.Probability))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Probability, "Probability must be between 0 and 1.");
        }

        if (options.Faults.Count == 0)
        {
            throw new ArgumentException("List at least one fault in EmulatorChaosOptions.Faults.", nameof(options));
        }

        lock (_gate)
        {
            _chaos = options;
            _chaosFaults = [.. options.Faults];
            _random = new Random(options.Seed);
        }
    }

    /// <summary>Turns the chaos mode off; its counters are kept.</summary>
    public void DisableChaos()
    {
        lock (_gate)
        {
            _chaos = null;
            _random = null;
        }
    }

    /// <summary>Removes every queued fault (the counters are kept).</summary>
    public void ClearQueued()
    {
        lock (_gate)
        {
            _queued.Clear();
        }
    }

    /// <summary>How many faults of <paramref name="kind"/> were injected so far.</summary>
    /// <param name="kind">The kind of fault.</param>
    /// <returns>The count.</returns>
    public int GetInjectedCount(EmulatorFaultKind kind)
    {
        lock (_gate)
        {
            return _injected.GetValueOrDefault(kind);
        }
    }

    /// <summary>Picks the fault for one request of <paramref name="route"/>, if any, and counts it.</summary>
    internal EmulatorFault? Next(EmulatorRoute route)
    {
        lock (_gate)
        {
            EmulatorFault? fault = null;
            if (_queued.TryGetValue(route, out var queue) && queue.Count > 0)
            {
                fault = queue.Dequeue();
            }
            else if (_chaos is { } chaos && _random is { } random
                     && (chaos.Routes.Count == 0 || chaos.Routes.Contains(route))
                     && random.NextDouble() < chaos.Probability)
            {
                fault = _chaosFaults[random.Next(_chaosFaults.Length)];
                _chaosInjected++;
            }

            if (fault is not null)
            {
                _injected[fault.Kind] = _injected.GetValueOrDefault(fault.Kind) + 1;
            }

            return fault;
        }
    }
}

namespace Flora.Sdk.Testing.Server;

/// <summary>Every request received and the count per route; guarded by <see cref="EmulatorState.Gate"/>, which callers hold.</summary>
internal sealed class RequestLog(EmulatorState state)
{
    private readonly List<EmulatorRequest> _requests = [];
    private readonly Dictionary<EmulatorRoute, int> _routeCounts = [];
    private long _sequence;

    public long NextSequence()
    {
        state.AssertLocked();
        return ++_sequence;
    }

    public void Record(EmulatorRequest request)
    {
        state.AssertLocked();
        _routeCounts[request.Route] = _routeCounts.GetValueOrDefault(request.Route) + 1;
        if (state.Options.RecordRequests)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<EmulatorRequest> Requests()
    {
        state.AssertLocked();
        return [.. _requests];
    }

    public IReadOnlyDictionary<EmulatorRoute, int> RouteCounts()
    {
        state.AssertLocked();
        return new Dictionary<EmulatorRoute, int>(_routeCounts);
    }

    public void Clear()
    {
        state.AssertLocked();
        _requests.Clear();
        _routeCounts.Clear();
    }
}

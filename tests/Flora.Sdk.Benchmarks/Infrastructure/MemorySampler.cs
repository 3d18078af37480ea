namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// Samples this process's managed heap (<see cref="GC.GetTotalMemory(bool)"/>, garbage included, so the figure is an
/// upper bound) every few milliseconds and keeps the peak.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler(TimeSpan interval)
    {
        _peak = GC.GetTotalMemory(forceFullCollection: false);
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, interval);
    }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}

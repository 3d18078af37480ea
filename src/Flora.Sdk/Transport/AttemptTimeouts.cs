namespace Flora.Sdk.Transport;

/// <summary>
/// Hands out the per-attempt timeouts of one client. On .NET 8+ it reuses their sources: a timer-backed
/// <see cref="CancellationTokenSource"/> (with the registrations HttpClient makes on it) is the largest allocation of
/// a call, and the Retrieve benchmark in tests/Flora.Sdk.Benchmarks (docs/benchmarks.md) pays for this pool.
/// </summary>
internal sealed class AttemptTimeouts(TimeProvider timeProvider)
{
#if NET8_0_OR_GREATER
    private readonly AttemptTimeout?[] _free = new AttemptTimeout?[Math.Min(Math.Max(Environment.ProcessorCount * 2, 4), 32)];
#endif

    /// <summary>
    /// A timeout armed now that cancels after <paramref name="timeout"/> on the client's clock (never, for an infinite
    /// one), linked to the caller's token; to be disposed once the attempt and everything that used its token finished.
    /// </summary>
    public AttemptTimeout Start(TimeSpan timeout, CancellationToken callerToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return new AttemptTimeout(this, null, timeout, 0, callerToken);
        }

        // The deadline clock starts before the source is armed, so a source is never judged further from its deadline than it is.
        var armedAt = timeProvider.GetTimestamp();

#if NET8_0_OR_GREATER
        for (var i = 0; i < _free.Length; i++)
        {
            if (Interlocked.Exchange(ref _free[i], null) is { } reused)
            {
                reused.Rearm(timeout, armedAt, callerToken);
                return reused;
            }
        }

        return new AttemptTimeout(this, new CancellationTokenSource(timeout, timeProvider), timeout, armedAt, callerToken);
#else
        return new AttemptTimeout(this, new CancellationTokenSource(), timeout, armedAt, callerToken);
#endif
    }

    internal TimeProvider TimeProvider => timeProvider;

#if NET8_0_OR_GREATER
    /// <summary>Keeps a timeout whose source was reset for the next attempt; false when the pool is full.</summary>
    internal bool Keep(AttemptTimeout timeout)
    {
        for (var i = 0; i < _free.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _free[i], timeout, null) is null)
            {
                return true;
            }
        }

        return false;
    }
#endif
}

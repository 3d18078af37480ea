namespace Flora.Sdk.Http;

/// <summary>
/// Reuses the per-attempt timeout sources of one client: a timer-backed <see cref="CancellationTokenSource"/> (with the
/// registrations HttpClient makes on it) is the largest allocation of a call. A source goes back only when its attempt
/// ended well before the deadline and <c>CancellationTokenSource.TryReset</c> succeeds, so a reused source has
/// never been cancelled and its timer cannot be firing while it is reset; any other source is disposed, as before.
/// </summary>
internal sealed class TimeoutSourcePool(TimeProvider timeProvider)
{
#if NET8_0_OR_GREATER
    /// <summary>How far from its deadline an attempt must have ended for its source to be reused.</summary>
    private static readonly TimeSpan s_margin = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource?[] _free = new CancellationTokenSource?[Math.Min(Math.Max(Environment.ProcessorCount * 2, 4), 32)];
#endif

    /// <summary>
    /// A source that cancels after <paramref name="timeout"/> on the client's clock (none for an infinite timeout), to be
    /// disposed (<c>using</c>) once the attempt and everything that used its token have finished.
    /// </summary>
    /// <param name="timeout">The attempt's timeout.</param>
    /// <param name="startedAt">A <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> taken before this call.</param>
    public Lease Rent(TimeSpan timeout, long startedAt)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return default;
        }

#if NET8_0_OR_GREATER
        // The deadline clock starts before the source is armed, so a source is never judged further from its deadline than it is.
        var rentedAt = timeProvider == TimeProvider.System ? startedAt : timeProvider.GetTimestamp();
        for (var i = 0; i < _free.Length; i++)
        {
            if (Interlocked.Exchange(ref _free[i], null) is { } source)
            {
                source.CancelAfter(timeout);
                return new Lease(this, source, timeout, rentedAt);
            }
        }

        return new Lease(this, new CancellationTokenSource(timeout, timeProvider), timeout, rentedAt);
#else
        // No TryReset before .NET 6, and CancelAfter would ignore a custom TimeProvider there: never pooled.
        _ = startedAt;
        return new Lease(this, Compatibility.CancellationSources.After(timeout, timeProvider), timeout, 0);
#endif
    }

    private void Return(CancellationTokenSource source, TimeSpan timeout, long rentedAt)
    {
#if NET8_0_OR_GREATER
        if (timeProvider.GetElapsedTime(rentedAt) < timeout - s_margin && source.TryReset())
        {
            for (var i = 0; i < _free.Length; i++)
            {
                if (Interlocked.CompareExchange(ref _free[i], source, null) is null)
                {
                    return;
                }
            }
        }
#else
        _ = timeout;
        _ = rentedAt;
        _ = timeProvider;
#endif

        source.Dispose();
    }

    /// <summary>One attempt's timeout source; disposing it hands the source back to the pool (or disposes it).</summary>
    internal readonly struct Lease(TimeoutSourcePool pool, CancellationTokenSource? source, TimeSpan timeout, long rentedAt) : IDisposable
    {
        /// <summary>The source, or <see langword="null"/> when the timeout is infinite.</summary>
        public CancellationTokenSource? Source => source;

        public void Dispose()
        {
            if (source is not null)
            {
                pool.Return(source, timeout, rentedAt);
            }
        }
    }
}

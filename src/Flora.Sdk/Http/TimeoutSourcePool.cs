namespace Flora.Sdk.Http;

/// <summary>
/// Reuses the per-attempt timeout sources of one client: a timer-backed <see cref="CancellationTokenSource"/> (with the
/// registrations HttpClient makes on it) is the largest allocation of a call. A source goes back only when its attempt
/// ended well before the deadline and <see cref="CancellationTokenSource.TryReset"/> succeeds, so a reused source has
/// never been cancelled and its timer cannot be firing while it is reset; any other source is disposed, as before.
/// </summary>
internal sealed class TimeoutSourcePool(TimeProvider timeProvider)
{
    /// <summary>How far from its deadline an attempt must have ended for its source to be reused.</summary>
    private static readonly TimeSpan s_margin = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource?[] _free = new CancellationTokenSource?[Math.Clamp(Environment.ProcessorCount * 2, 4, 32)];

    /// <summary>A source that cancels after <paramref name="timeout"/>, measured on the client's <see cref="TimeProvider"/>.</summary>
    public CancellationTokenSource Rent(TimeSpan timeout)
    {
        for (var i = 0; i < _free.Length; i++)
        {
            if (Interlocked.Exchange(ref _free[i], null) is { } source)
            {
                source.CancelAfter(timeout);
                return source;
            }
        }

        return new CancellationTokenSource(timeout, timeProvider);
    }

    /// <summary>Takes back a source once its attempt (and everything that used its token) has finished.</summary>
    /// <param name="source">The source from <see cref="Rent"/>.</param>
    /// <param name="timeout">The timeout it was rented with.</param>
    /// <param name="rentedAt">A <see cref="TimeProvider.GetTimestamp"/> of the client's clock taken before <see cref="Rent"/>.</param>
    public void Return(CancellationTokenSource source, TimeSpan timeout, long rentedAt)
    {
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

        source.Dispose();
    }
}

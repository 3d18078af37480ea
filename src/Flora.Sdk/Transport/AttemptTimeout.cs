namespace Flora.Sdk.Transport;

/// <summary>
/// One attempt's timeout: a token that is cancelled when the caller cancels or when <see cref="Restart"/> was not
/// called for the attempt's timeout. API calls never restart it (a deadline); an upload restarts it on every read of
/// its body (an idle timeout: a large upload may take long, a stalled one may not).
/// </summary>
internal sealed class AttemptTimeout : IDisposable
{
#if NET8_0_OR_GREATER
    /// <summary>How far from its deadline an attempt must have ended for its source to be reused.</summary>
    private static readonly TimeSpan s_margin = TimeSpan.FromSeconds(1);
#else
    // No CancelAfter on a custom TimeProvider before .NET 8: the deadline is a timer of the client's clock.
    private readonly ITimer? _timer;
#endif

    private readonly AttemptTimeouts _owner;
    private readonly CancellationTokenSource? _source;
    private TimeSpan _timeout;
    private long _armedAt;
    private CancellationTokenSource? _linked;

    internal AttemptTimeout(AttemptTimeouts owner, CancellationTokenSource? source, TimeSpan timeout, long armedAt, CancellationToken callerToken)
    {
        _owner = owner;
        _source = source;
        _armedAt = armedAt;
#if !NET8_0_OR_GREATER
        _timer = source is null ? null : owner.TimeProvider.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), source, timeout, Timeout.InfiniteTimeSpan);
#endif
        Arm(timeout, callerToken);
    }

    /// <summary>The token the attempt sends and reads with.</summary>
    public CancellationToken Token { get; private set; }

    /// <summary>Pushes the deadline back to a full timeout from now.</summary>
    public void Restart()
    {
        if (_source is null)
        {
            return;
        }

        _armedAt = _owner.TimeProvider.GetTimestamp();
#if NET8_0_OR_GREATER
        _source.CancelAfter(_timeout);
#else
        _timer!.Change(_timeout, Timeout.InfiniteTimeSpan);
#endif
    }

    public void Dispose()
    {
        _linked?.Dispose();
        _linked = null;
        if (_source is null)
        {
            return;
        }

#if NET8_0_OR_GREATER
        // Reused only when the attempt ended well before its deadline and TryReset succeeds: a reused source has never
        // been cancelled, and its timer cannot be firing while it is reset.
        if (_owner.TimeProvider.GetElapsedTime(_armedAt) < _timeout - s_margin && _source.TryReset() && _owner.Keep(this))
        {
            return;
        }
#else
        _timer!.Dispose();
#endif
        _source.Dispose();
    }

#if NET8_0_OR_GREATER
    /// <summary>Arms a kept timeout for its next attempt.</summary>
    internal void Rearm(TimeSpan timeout, long armedAt, CancellationToken callerToken)
    {
        _armedAt = armedAt;
        _source!.CancelAfter(timeout);
        Arm(timeout, callerToken);
    }
#endif

    /// <param name="timeout">The timeout, already armed on the source.</param>
    /// <param name="callerToken">The caller's token, linked in when it can be cancelled.</param>
    private void Arm(TimeSpan timeout, CancellationToken callerToken)
    {
        _timeout = timeout;
        if (_source is null)
        {
            Token = callerToken;
            return;
        }

        _linked = callerToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callerToken, _source.Token) : null;
        Token = _linked?.Token ?? _source.Token;
    }
}

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

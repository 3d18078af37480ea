using System.Net;

namespace Flora.Sdk.Transport;

/// <summary>
/// Which failures are retried and how long to wait: connection failures, attempt timeouts, 408, 429, 500, 502, 503
/// and 504; <c>x-should-retry</c> overrides the status rule; waits honour <c>retry-after-ms</c>/<c>Retry-After</c> up
/// to 60 s, else exponential backoff (README "Retries").
/// </summary>
internal static class RetryRules
{
    /// <summary>The first backoff wait; each later one doubles, up to <see cref="MaxBackoff"/>.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff wait.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    /// <summary>The jitter: each backoff wait is its nominal value scaled by a random factor from this to 1.</summary>
    public const double MinJitterFactor = 0.75;

    public static bool IsRetryable(Exception? exception) => exception switch
    {
        FloraConnectionException => true,

        // The key was already used: sending it again can only be answered the same way, whatever x-should-retry says.
        FloraApiException { ErrorCode: "idempotency_duplicate" } => false,
        FloraApiException { ServerRetryHint: { } hint } => hint,
        FloraApiException api => IsRetryableStatus(api.StatusCode),
        FloraStorageHostException host => IsRetryableStatus(host.StatusCode),
        _ => false,
    };

    public static bool IsRetryableStatus(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>
    /// The wait before retry <paramref name="retry"/> (0 for the first): the server's, when it asked for at most 60 s,
    /// else 0.5 s × 2^retry capped at 8 s, times a random factor in [<see cref="MinJitterFactor"/>, 1).
    /// </summary>
    public static TimeSpan Delay(int retry, Exception? failure, double random)
    {
        if (ServerRequestedDelay(failure) is { } requested)
        {
            return requested;
        }

        var nominal = retry >= 4 ? MaxBackoff : TimeSpan.FromTicks(Math.Min(FirstBackoff.Ticks << retry, MaxBackoff.Ticks));
        return TimeSpan.FromTicks((long)(nominal.Ticks * (MinJitterFactor + ((1 - MinJitterFactor) * random))));
    }

    /// <summary>A uniform random number in [0, 1) for <see cref="Delay"/>.</summary>
    public static double NextJitter() =>
#if NET8_0_OR_GREATER
        Random.Shared.NextDouble();
#else
        (s_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();

    [ThreadStatic]
    private static Random? s_random;
#endif

    public static string Reason(Exception? exception) => exception switch
    {
        FloraTimeoutException => "the attempt timed out",
        FloraConnectionException c => "connection failed: " + (c.InnerException?.Message ?? c.Message),
        FloraApiException api => $"status {(int)api.StatusCode}{(api.ErrorCode is null ? string.Empty : " " + api.ErrorCode)}",
        FloraStorageHostException host => $"storage host status {(int)host.StatusCode}",
        _ => "unknown",
    };

    private static TimeSpan? ServerRequestedDelay(Exception? exception)
    {
        var wait = exception switch
        {
            FloraApiException api => api.RetryAfter,
            FloraStorageHostException host => host.RetryAfter,
            _ => null,
        };
        return wait <= ResponseHeaders.MaxHonouredRetryAfter ? wait : null;
    }
}

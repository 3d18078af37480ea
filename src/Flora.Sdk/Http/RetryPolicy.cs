using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Flora.Sdk.Http;

/// <summary>
/// Which failures are retried and how long to wait (API.md "Retries and idempotency"): connection failures,
/// attempt timeouts, 408, 429, 500, 502, 503 and 504; <c>x-should-retry</c> overrides the status rule; waits honour
/// <c>retry-after-ms</c>/<c>Retry-After</c> up to 60 s, else exponential backoff from 0.5 s capped at 8 s, with jitter.
/// </summary>
internal static class RetryPolicy
{
    public static readonly ResiliencePropertyKey<int> MaxRetriesKey = new("Flora.MaxRetries");
    public static readonly ResiliencePropertyKey<FloraRequest> RequestKey = new("Flora.Request");

    public static ResiliencePipeline Create(TimeProvider timeProvider, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                // The real bound is per call (MaxRetriesKey): one pipeline serves every RequestOptions.MaxRetries.
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(8),
                UseJitter = true,
                ShouldHandle = static args => new ValueTask<bool>(
                    args.AttemptNumber < args.Context.Properties.GetValue(MaxRetriesKey, 0) && IsRetryable(args.Outcome.Exception)),
                DelayGenerator = static args => new ValueTask<TimeSpan?>(ServerRequestedDelay(args.Outcome.Exception)),
                OnRetry = args =>
                {
                    if (logger.IsEnabled(LogLevel.Warning))
                    {
                        var request = args.Context.Properties.GetValue(RequestKey, default);
                        FloraLog.Retrying(
                            logger, request.Method?.Method ?? "?", request.Method is null ? "?" : FloraHttpPipeline.PathOf(request),
                            args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, Reason(args.Outcome.Exception));
                    }

                    return default;
                },
            })
            .Build();

    public static bool IsRetryable(Exception? exception) => exception switch
    {
        FloraConnectionException => true,

        // The key was already used: sending it again can only be answered the same way, whatever x-should-retry says.
        FloraApiException { ErrorCode: "idempotency_duplicate" } => false,
        FloraApiException { ServerRetryHint: { } hint } => hint,
        FloraApiException api => IsRetryableStatus(api.StatusCode, api.ErrorCode),
        _ => false,
    };

    public static bool IsRetryableStatus(HttpStatusCode status, string? errorCode) =>
        errorCode != "idempotency_duplicate" && (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    private static TimeSpan? ServerRequestedDelay(Exception? exception) =>
        exception is FloraApiException { RetryAfter: { } wait } && wait <= ResponseHeaders.MaxHonouredRetryAfter ? wait : null;

    private static string Reason(Exception? exception) => exception switch
    {
        FloraTimeoutException => "the attempt timed out",
        FloraConnectionException c => "connection failed: " + (c.InnerException?.Message ?? c.Message),
        FloraApiException api => $"status {(int)api.StatusCode}{(api.ErrorCode is null ? string.Empty : " " + api.ErrorCode)}",
        _ => "unknown",
    };
}

using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Flora.Sdk.Transport;

/// <summary>
/// The Polly retry pipelines of one client, one per retry count, each built once on first use (a call's count is
/// <see cref="RequestOptions.MaxRetries"/> or the client's). Zero retries needs no pipeline at all.
/// </summary>
internal sealed class RetryPipelines(TimeProvider timeProvider, ILogger logger)
{
    /// <summary>The call an attempt belongs to, for the retry log line.</summary>
    public static readonly ResiliencePropertyKey<SendCore.Call> CallKey = new("Flora.Call");

    // Counts up to this are cached; a larger one (rare, and validated non-negative) is built for its call.
    private readonly ResiliencePipeline?[] _byCount = new ResiliencePipeline?[17];

    public ResiliencePipeline For(int maxRetries)
    {
        if (maxRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        if (maxRetries >= _byCount.Length)
        {
            return Build(maxRetries);
        }

        return Volatile.Read(ref _byCount[maxRetries]) ?? Interlocked.CompareExchange(ref _byCount[maxRetries], Build(maxRetries), null) ?? _byCount[maxRetries]!;
    }

    private ResiliencePipeline Build(int maxRetries) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetries,
                ShouldHandle = static args => new ValueTask<bool>(RetryRules.IsRetryable(args.Outcome.Exception)),
                DelayGenerator = static args => new ValueTask<TimeSpan?>(
                    RetryRules.Delay(args.AttemptNumber, args.Outcome.Exception, RetryRules.NextJitter())),
                OnRetry = args =>
                {
                    FloraMetrics.RetryScheduled(args.Context.OperationKey, args.Outcome.Exception);
                    if (logger.IsEnabled(LogLevel.Warning) && args.Context.Properties.TryGetValue(CallKey, out var attempt))
                    {
                        var call = attempt.Settings;
                        FloraLog.Retrying(
                            logger, call.Method.Method, call.LogPath, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1,
                            RetryRules.Reason(args.Outcome.Exception));
                    }

                    return default;
                },
            })
            .Build();
}

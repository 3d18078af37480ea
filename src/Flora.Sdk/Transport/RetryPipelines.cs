using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Flora.Sdk.Transport;

/// <summary>
/// The Polly retry pipelines of one client, one per retry count, each built once on first use (a call's count is
/// <see cref="RequestOptions.MaxRetries"/> or the client's). Polly is entered only after a first attempt failed.
/// </summary>
internal sealed class RetryPipelines(TimeProvider timeProvider, ILogger logger)
{
    /// <summary>The call an attempt belongs to, for the retry log line.</summary>
    private static readonly ResiliencePropertyKey<CallAttempts> s_callKey = new("Flora.Call");

    // Counts up to this are cached; a larger one (rare, and validated non-negative) is built for its call.
    private readonly ResiliencePipeline?[] _byCount = new ResiliencePipeline?[17];

    /// <summary>
    /// Runs the retries of a call whose first attempt failed with <paramref name="firstFailure"/>. The pipeline's first
    /// callback hands Polly that failure instead of sending, so Polly's delay, <c>OnRetry</c> and attempt count see exactly
    /// what they would have had Polly run the first attempt; every later callback is a real attempt.
    /// </summary>
    public async Task<TResult> RetryAsync<TState, TResult>(CallAttempts<TState, TResult> attempts, Exception firstFailure, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(attempts.Request.Operation, cancellationToken);
        context.Properties.Set(s_callKey, attempts);
        try
        {
            return await For(attempts.Request.MaxRetries).ExecuteAsync(
                static (ctx, retry) => retry.NextAsync(ctx.CancellationToken), context, new AfterFirstFailure<TState, TResult>(attempts, firstFailure)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline For(int maxRetries)
    {
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
                    if (logger.IsEnabled(LogLevel.Warning) && args.Context.Properties.TryGetValue(s_callKey, out var call))
                    {
                        FloraLog.Retrying(
                            logger, call.Request.Method.Method, call.Request.LogPath, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1,
                            RetryRules.Reason(args.Outcome.Exception));
                    }

                    return default;
                },
            })
            .Build();

    /// <summary>The attempts of a call that failed once: the first callback replays that failure, the next ones send.</summary>
    private sealed class AfterFirstFailure<TState, TResult>(CallAttempts<TState, TResult> attempts, Exception firstFailure)
    {
        private Exception? _pending = firstFailure;

        public ValueTask<TResult> NextAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _pending, null) is { } failure)
            {
                return new ValueTask<TResult>(Task.FromException<TResult>(failure));
            }

            return attempts.NextAsync(cancellationToken);
        }
    }
}

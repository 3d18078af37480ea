using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Runs;

/// <summary>
/// Polls <c>GET /runs/{id}</c> through the raw retrieve (so a <c>Retry-After</c> on an answer is seen) on the
/// <see cref="PollSchedule"/>, until the run ends or the time runs out.
/// </summary>
internal sealed class RunWaiter(IRunServiceWithRawResponse runs, TimeProvider time)
{
    /// <summary>How long a wait takes when the caller sets no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Waits for a run whose id and arguments were already validated.</summary>
    /// <exception cref="FloraRunFailedException">The run failed.</exception>
    /// <exception cref="FloraRunNotFinishedException">The time ran out before the run ended.</exception>
    public async Task<Run> WaitAsync(string runId, RunWaitOptions? wait, RequestOptions? options, CancellationToken cancellationToken)
    {
        var schedule = new PollSchedule(time, wait?.Timeout ?? DefaultTimeout, wait?.PollInterval);
        Run? last = null;
        while (true)
        {
            TimeSpan? asked;
            try
            {
                var answer = await runs.RetrieveAsync(runId, options, cancellationToken).ConfigureAwait(false);
                last = answer.Value;
                if (last.Status == RunStatus.Completed)
                {
                    return last;
                }

                if (last.Status == RunStatus.Failed)
                {
                    throw new FloraRunFailedException(last);
                }

                // pending, running, or a status this SDK does not know yet: the run has not ended, so keep waiting.
                wait?.Progress?.Report(last);
                asked = ResponseHeaders.RetryAfter(answer.Headers, time.GetUtcNow());
            }
            catch (FloraApiException busy) when (last is not null && busy.RetryAfter is { } retryAfter && RetryRules.IsRetryable(busy))
            {
                // The send loop's own retries ran out on a busy answer (429, 503) that said when to come back: the run is
                // unaffected, so the wait comes back then, within its deadline.
                asked = retryAfter;
            }

            if (schedule.Next(asked) is not { } pause)
            {
                throw new FloraRunNotFinishedException(runId, last.Status, last.Progress);
            }

            await schedule.DelayAsync(pause, cancellationToken).ConfigureAwait(false);
        }
    }
}

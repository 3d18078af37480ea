using Flora.Sdk.Models;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Runs;

/// <summary>The wait for a run to end: validates, then polls through <see cref="RunWaiter"/>.</summary>
internal sealed partial class RunService
{
    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    public async Task<Run> WaitForCompletionAsync(string runId, RunWaitOptions? wait = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.RunId(runId, nameof(runId));
        InputValidation.WaitOptions(wait, nameof(wait));
        InputValidation.RequestOptions(options, nameof(options));
        return await new RunWaiter(this, api.TimeProvider).WaitAsync(runId, wait, options, cancellationToken).ConfigureAwait(false);
    }
}

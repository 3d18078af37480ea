using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>A technique's runs: start one on inputs, get one, and list runs across techniques.</summary>
public interface ITechniqueRunService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    ITechniqueRunServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Starts a run of a technique (<c>POST /techniques/{techniqueId}/runs</c>). The call sends an <c>Idempotency-Key</c>, the same on every attempt.</summary>
    /// <param name="techniqueId">The technique's id or slug; escaped as one path segment.</param>
    /// <param name="parameters">The inputs (see <see cref="TechniqueRunInput.FromAsset"/>), the mode and an optional webhook URL.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The run, usually <c>pending</c>: wait for it with <c>client.Runs.WaitForCompletionAsync(run.RunId)</c>.</returns>
    /// <exception cref="ArgumentException">The id or a parameter breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<Run> CreateAsync(string techniqueId, TechniqueRunCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one run of a technique (<c>GET /techniques/{techniqueId}/runs/{runId}</c>).</summary>
    /// <param name="techniqueId">The technique's id or slug.</param>
    /// <param name="runId">The run's <see cref="Run.RunId"/>.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such run.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    Task<Run> RetrieveAsync(string techniqueId, string runId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists technique runs (<c>GET /technique-runs</c>), fetching pages lazily.</summary>
    /// <param name="parameters">Optional filters, page size and starting cursor.</param>
    /// <param name="options">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A pageable: <c>await foreach</c> for every run, or <see cref="AsyncPageable{T}.AsPages"/> for pages.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    /// <remarks>Pages follow <c>meta.next_cursor</c>; the next page is requested only when the caller reaches it.</remarks>
    AsyncPageable<Run> ListAsync(TechniqueRunListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The technique run endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="ITechniqueRunService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface ITechniqueRunServiceWithRawResponse
{
    /// <summary>Starts a run of a technique; see <see cref="ITechniqueRunService.CreateAsync"/>.</summary>
    /// <param name="techniqueId">The technique's id or slug.</param>
    /// <param name="parameters">The inputs, the mode and an optional webhook URL.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id or a parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<Run>> CreateAsync(string techniqueId, TechniqueRunCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one run of a technique; see <see cref="ITechniqueRunService.RetrieveAsync"/>.</summary>
    /// <param name="techniqueId">The technique's id or slug.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    Task<FloraResponse<Run>> RetrieveAsync(string techniqueId, string runId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of technique runs; see <see cref="ITechniqueRunService.ListAsync"/>.</summary>
    /// <param name="parameters">The filters, page size and the cursor of the page to get.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<Page<Run>>> ListPageAsync(TechniqueRunListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

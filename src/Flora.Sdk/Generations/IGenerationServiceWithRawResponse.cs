using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The generation endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IGenerationService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IGenerationServiceWithRawResponse
{
    /// <summary>Starts a generation; see <see cref="IGenerationService.CreateAsync"/>.</summary>
    /// <param name="parameters">The workspace, project, prompt, type and optional model, parameters and webhook URL.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<RunStartResponse>> CreateAsync(GenerationCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a generation's run; see <see cref="IGenerationService.RetrieveAsync"/>.</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    Task<FloraResponse<Run>> RetrieveAsync(string runId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of generations; see <see cref="IGenerationService.ListAsync"/>.</summary>
    /// <param name="parameters">The filters, page size and the cursor of the page to get.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<Page<Run>>> ListPageAsync(GenerationListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

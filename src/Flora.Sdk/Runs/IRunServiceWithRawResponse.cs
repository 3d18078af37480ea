using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The run endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IRunService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IRunServiceWithRawResponse
{
    /// <summary>Starts a technique run; see <see cref="IRunService.StartTechniqueAsync"/>.</summary>
    /// <param name="parameters">The technique, the workspace and the inputs.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<RunStartResponse>> StartTechniqueAsync(RunStartTechniqueParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a generation as a run; see <see cref="IRunService.StartGenerationAsync"/>.</summary>
    /// <param name="parameters">The workspace, project, prompt, type and optional model, parameters and webhook URL.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<RunStartResponse>> StartGenerationAsync(GenerationCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets any run by id; see <see cref="IRunService.RetrieveAsync"/>.</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    Task<FloraResponse<Run>> RetrieveAsync(string runId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

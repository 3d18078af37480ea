using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The project action endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IProjectActionService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IProjectActionServiceWithRawResponse
{
    /// <summary>Places a prebuilt action node on a project's canvas; see <see cref="IProjectActionService.CreateAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="parameters">The action's slug and its parameters.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ProjectActionCreateResponse>> CreateAsync(string projectId, ProjectActionCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an action node of a project's canvas; see <see cref="IProjectActionService.RunAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="nodeId">The action node's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    Task<FloraResponse<RunStartResponse>> RunAsync(string projectId, string nodeId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

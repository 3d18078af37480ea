using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The workspace project endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IWorkspaceProjectService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IWorkspaceProjectServiceWithRawResponse
{
    /// <summary>Creates a project; see <see cref="IWorkspaceProjectService.CreateAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="parameters">The project's name.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ProjectCreateResponse>> CreateAsync(
        string workspaceId, WorkspaceProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a project's graph; see <see cref="IWorkspaceProjectService.GraphAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    Task<FloraResponse<ProjectGraphResponse>> GraphAsync(string workspaceId, string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs canvas nodes; see <see cref="IWorkspaceProjectService.RunNodesAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="parameters">The nodes to run.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ProjectRunNodesResponse>> RunNodesAsync(
        string workspaceId, string projectId, ProjectRunNodesParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

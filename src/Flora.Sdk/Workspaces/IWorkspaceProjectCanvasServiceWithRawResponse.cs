using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The canvas definition and changeset endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IWorkspaceProjectCanvasService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IWorkspaceProjectCanvasServiceWithRawResponse
{
    /// <summary>Gets a canvas definition; see <see cref="IWorkspaceProjectCanvasService.RetrieveDefinitionAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    Task<FloraResponse<CanvasDefinitionResponse>> RetrieveDefinitionAsync(
        string workspaceId, string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a canvas definition; see <see cref="IWorkspaceProjectCanvasService.ReplaceDefinitionAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="parameters">The complete definition.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<CanvasDefinitionResponse>> ReplaceDefinitionAsync(
        string workspaceId, string projectId, CanvasReplaceDefinitionParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Applies a changeset; see <see cref="IWorkspaceProjectCanvasService.ApplyChangesetAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="projectId">The project id.</param>
    /// <param name="parameters">The operations.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<CanvasApplyChangesetResponse>> ApplyChangesetAsync(
        string workspaceId, string projectId, CanvasApplyChangesetParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The project folder endpoint returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IWorkspaceFolderService"/>, whose call is this one followed by <c>.Value</c>.
/// </summary>
public interface IWorkspaceFolderServiceWithRawResponse
{
    /// <summary>Creates a project in a folder; see <see cref="IWorkspaceFolderService.CreateProjectAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="folderId">The project folder id.</param>
    /// <param name="parameters">The project's name.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ProjectCreateResponse>> CreateProjectAsync(
        string workspaceId, string folderId, WorkspaceProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>A workspace's project folders (<c>client.Workspaces.Folders</c>; their ids start with <c>fld_</c>).</summary>
public interface IWorkspaceFolderService
{
    /// <summary>The same call, returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IWorkspaceFolderServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Creates a project filed in a project folder (<c>POST /workspaces/{workspaceId}/folders/{folderId}/projects</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="folderId">The project folder id; starts with <c>fld_</c>; the folder must belong to the workspace.</param>
    /// <param name="parameters">The project's name.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The new project, with its <c>prj_</c> id.</returns>
    /// <exception cref="ArgumentException">An id or the name is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such folder in the workspace, or the key cannot reach it (FLORA answers 404 for both).</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectCreateResponse> CreateProjectAsync(
        string workspaceId, string folderId, WorkspaceProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

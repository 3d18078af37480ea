using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>The workspaces the API key can use (where the <c>ws_</c> ids come from), and their projects, project folders and library.</summary>
public interface IWorkspaceService
{
    /// <summary>The same call, returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IWorkspaceServiceWithRawResponse WithRawResponse { get; }

    /// <summary>The workspace's projects: create one, read its graph, run its nodes, edit its canvas definition.</summary>
    IWorkspaceProjectService Projects { get; }

    /// <summary>The workspace's project folders (<c>fld_</c> ids): create a project in one.</summary>
    IWorkspaceFolderService Folders { get; }

    /// <summary>The workspace's library: folders of saved images and texts.</summary>
    IWorkspaceLibraryService Library { get; }

    /// <summary>Lists every workspace the API key can use (<c>GET /workspaces</c>; one request, not paged).</summary>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The workspaces, each with its <c>ws_</c> id, name and role.</returns>
    /// <exception cref="ArgumentException">An option breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<WorkspaceListResponse> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default);
}

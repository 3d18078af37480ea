using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>A workspace's projects (<c>client.Workspaces.Projects</c>): create one, read its graph, run its nodes, and edit its canvas (<see cref="Canvas"/>).</summary>
public interface IWorkspaceProjectService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IWorkspaceProjectServiceWithRawResponse WithRawResponse { get; }

    /// <summary>A project canvas's complete definition and its changesets.</summary>
    IWorkspaceProjectCanvasService Canvas { get; }

    /// <summary>Creates a project in the workspace the path names (<c>POST /workspaces/{workspaceId}/projects</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="parameters">The project's name.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The new project, with its <c>prj_</c> id.</returns>
    /// <exception cref="ArgumentException">The id or the name is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectCreateResponse> CreateAsync(string workspaceId, WorkspaceProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets every node and edge of a project's canvas, with a revision marker (<c>GET /workspaces/{workspaceId}/projects/{projectId}/graph</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The graph: nodes with their short ids (what edges, changesets and node runs name), edges and the revision.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such project in the workspace, or the key cannot see it.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectGraphResponse> GraphAsync(string workspaceId, string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs generation nodes already on a project's canvas (<c>POST /workspaces/{workspaceId}/projects/{projectId}/nodes/run</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="parameters">The nodes to run: 1 to 50 short ids or UUIDs.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>One entry per node: started, with a run id <c>client.Runs.WaitForCompletionAsync</c> takes as it is, or skipped with a reason.</returns>
    /// <exception cref="ArgumentException">An id or the node list is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    /// <remarks>These runs spend the workspace's credits at once: there is no confirmation and no dry run.</remarks>
    Task<ProjectRunNodesResponse> RunNodesAsync(
        string workspaceId, string projectId, ProjectRunNodesParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

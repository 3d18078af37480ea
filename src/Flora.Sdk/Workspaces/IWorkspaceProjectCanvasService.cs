using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// A project canvas's complete JSON definition and its changesets (<c>client.Workspaces.Projects.Canvas</c>): read the
/// definition, replace it as a whole, or apply add, update, connect, disconnect and remove operations as one transaction.
/// </summary>
public interface IWorkspaceProjectCanvasService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IWorkspaceProjectCanvasServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Gets a project canvas's complete definition (<c>GET /workspaces/{workspaceId}/projects/{projectId}/canvas/definition</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The definition (nodes, edges, inputs, outputs, positions; unknown fields kept) and the canvas's counts.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such project in the workspace, or the key cannot see it.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<CanvasDefinitionResponse> RetrieveDefinitionAsync(string workspaceId, string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a project canvas with a complete definition, atomically (<c>PUT /workspaces/{workspaceId}/projects/{projectId}/canvas/definition</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="parameters">The complete definition, for example one <see cref="RetrieveDefinitionAsync"/> answered, changed.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The canvas's definition as FLORA stored it, and its counts.</returns>
    /// <exception cref="ArgumentException">An id, or a node's or edge's id, is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status (FLORA validates the whole definition).</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<CanvasDefinitionResponse> ReplaceDefinitionAsync(
        string workspaceId, string projectId, CanvasReplaceDefinitionParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Applies a changeset to a project canvas as one transaction (<c>POST /workspaces/{workspaceId}/projects/{projectId}/canvas/changeset</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="parameters">The operations: nodes to add and update, edges to connect and disconnect, nodes to remove.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>What the transaction did, the ids of the nodes it created by ref, and the canvas's new revision.</returns>
    /// <exception cref="ArgumentException">An id or an operation breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraUnprocessableEntityException">An operation is invalid: nothing applied, and the error's fields say why.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    /// <remarks>Removal is immediate and cannot be undone through the API.</remarks>
    Task<CanvasApplyChangesetResponse> ApplyChangesetAsync(
        string workspaceId, string projectId, CanvasApplyChangesetParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

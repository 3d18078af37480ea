using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>A project's canvas as a Mermaid flowchart (<c>client.Projects.Canvas</c>): read it, and add nodes and edges to it.</summary>
public interface IProjectCanvasService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IProjectCanvasServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Gets a project's canvas as a Mermaid flowchart, with its counts (<c>GET /projects/{projectId}/canvas</c>).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>; escaped as one path segment.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The flowchart, the canvas link and the counts; other fields are kept.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such project, or the key cannot see it.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectCanvasRetrieveResponse> RetrieveAsync(string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a Mermaid flowchart's nodes and edges to a project's canvas (<c>PATCH /projects/{projectId}/canvas</c>).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>; escaped as one path segment.</param>
    /// <param name="parameters">The flowchart, and optional per-node settings keyed by Mermaid node id.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The flowchart applied, the counts of nodes and edges added, and FLORA's warnings.</returns>
    /// <exception cref="ArgumentException">The id or a parameter breaks a documented rule (a blank diagram, a node with both a content URL and a prompt); nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    /// <remarks>The patch only adds: re-declaring an existing node id with a label makes a new node; name it in an edge without a label to wire to it.</remarks>
    Task<ProjectCanvasUpdateResponse> UpdateAsync(string projectId, ProjectCanvasUpdateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

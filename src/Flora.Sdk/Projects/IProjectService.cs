using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Projects: create, get and list a workspace's projects (where the <c>prj_</c> ids come from), place assets on their canvas and list its nodes.</summary>
public interface IProjectService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IProjectServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Action nodes on a project's canvas: place one (<c>CreateAsync</c>) and run it (<c>RunAsync</c>).</summary>
    IProjectActionService Actions { get; }

    /// <summary>The project's canvas as a Mermaid flowchart: read it, add to it (<c>client.Projects.Canvas</c>).</summary>
    IProjectCanvasService Canvas { get; }

    /// <summary>Creates a project in a workspace (<c>POST /projects</c>; answers 201, or 200).</summary>
    /// <param name="parameters">The project's name and workspace.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The new project, with its <c>prj_</c> id.</returns>
    /// <exception cref="ArgumentException">The name is blank or the workspace id does not start with <c>ws_</c>; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectCreateResponse> CreateAsync(ProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one project (<c>GET /projects/{projectId}</c>).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>; escaped as one path segment.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The project.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such project, or the key cannot see it (FLORA answers 404 for both).</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectRetrieveResponse> RetrieveAsync(string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the media nodes on a project's canvas (<c>GET /projects/{projectId}/nodes</c>), fetching pages lazily.</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>; escaped as one path segment.</param>
    /// <param name="parameters">An optional page size and starting cursor.</param>
    /// <param name="options">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A pageable: <c>await foreach</c> for every node, or <see cref="AsyncPageable{T}.AsPages"/> for pages.</returns>
    /// <exception cref="ArgumentException">The id or a parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    /// <remarks>Pages follow <c>meta.next_cursor</c>; the next page is requested only when the caller reaches it.</remarks>
    AsyncPageable<ProjectListNodesResponse> ListNodesAsync(string projectId, ProjectListNodesParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Attaches an asset to a project (<c>POST /projects/{projectId}/assets/{assetId}/attach</c>).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="assetId">The asset id; the asset should be <c>ready</c>.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The asset, the project, the canvas node the asset was placed on and the canvas link; other fields are kept.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectAssetAttachResponse> AttachAssetAsync(string projectId, string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists a workspace's projects (<c>GET /projects</c>), fetching pages lazily.</summary>
    /// <param name="parameters">The workspace, and an optional search, page size and starting cursor.</param>
    /// <param name="options">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A pageable: <c>await foreach</c> for every project, or <see cref="AsyncPageable{T}.AsPages"/> for pages.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    AsyncPageable<ProjectListResponse> ListAsync(ProjectListParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

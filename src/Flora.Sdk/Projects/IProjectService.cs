using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Projects: list a workspace's projects (where the <c>prj_</c> ids come from) and place assets on their canvas.</summary>
public interface IProjectService
{
    /// <summary>Attaches an asset to a project (<c>POST /projects/{projectId}/assets/{assetId}/attach</c>).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="assetId">The asset id; the asset should be <c>ready</c>.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server sends back (its body is not documented; every field is kept).</returns>
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

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The project endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IProjectService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IProjectServiceWithRawResponse
{
    /// <summary>Creates a project; see <see cref="IProjectService.CreateAsync"/>.</summary>
    /// <param name="parameters">The project's name and workspace.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ProjectCreateResponse>> CreateAsync(ProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one project; see <see cref="IProjectService.RetrieveAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    Task<FloraResponse<ProjectRetrieveResponse>> RetrieveAsync(string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Attaches an asset to a project; see <see cref="IProjectService.AttachAssetAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="assetId">The asset id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    Task<FloraResponse<ProjectAssetAttachResponse>> AttachAssetAsync(string projectId, string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a workspace's projects; see <see cref="IProjectService.ListAsync"/>.</summary>
    /// <param name="parameters">The workspace, filters, page size and the cursor of the page to get.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<Page<ProjectListResponse>>> ListPageAsync(ProjectListParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of a project's canvas nodes; see <see cref="IProjectService.ListNodesAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="parameters">The page size and the cursor of the page to get.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page with status and headers.</returns>
    /// <exception cref="ArgumentException">The id or a parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<Page<ProjectListNodesResponse>>> ListNodesPageAsync(string projectId, ProjectListNodesParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Project operations on assets.</summary>
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
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The asset endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers
/// (for <c>request-id</c>, rate-limit headers and the like). Validation, retries and errors are the same as <see cref="IAssetService"/>.
/// </summary>
public interface IAssetServiceWithRawResponse
{
    /// <summary>Creates an asset or reserves a signed upload; see <see cref="IAssetService.CreateAsync"/>.</summary>
    /// <param name="parameters">The source and workspace.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    Task<FloraResponse<AssetCreateResponse>> CreateAsync(AssetCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Completes a signed upload; see <see cref="IAssetService.CompleteAsync"/>.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    Task<FloraResponse<AssetCompleteResponse>> CompleteAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Requests fresh upload instructions; see <see cref="IAssetService.RetryAsync"/>.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    Task<FloraResponse<AssetRetryResponse>> RetryAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one asset; see <see cref="IAssetService.RetrieveAsync"/>.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    Task<FloraResponse<AssetRetrieveResponse>> RetrieveAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of assets.</summary>
    /// <param name="parameters">Filters, page size and the cursor of the page to get.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page with status and headers.</returns>
    Task<FloraResponse<Page<AssetListResponse>>> ListPageAsync(AssetListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an asset from its bytes in one multipart <c>POST /assets</c>; see <see cref="IAssetService.CreateFromBytesAsync"/>.</summary>
    /// <param name="content">The bytes, read from the current position.</param>
    /// <param name="parameters">The workspace, file name and optional fields.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The created asset with the create's status and headers (those of the list page that found it when the create's
    /// answer was lost); with <see cref="AssetUploadParamsBase.WaitForReady"/>, the value is the ready asset and the status and headers are still the create's.
    /// </returns>
    Task<FloraResponse<AssetCreateResponse>> CreateFromBytesAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

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

    /// <summary>Downloads a ready asset's bytes into a stream; see <see cref="IAssetService.DownloadAsync"/>.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="destination">Where the bytes are written; the caller keeps and disposes it.</param>
    /// <param name="parameters">Optional progress reporting.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the retrieve and the download.</param>
    /// <returns>
    /// The asset as retrieve answered it, with the status and headers of the storage host's final answer (after any
    /// redirect or resume): its <c>ETag</c> in <see cref="FloraResponse{T}.Headers"/>, its <c>Content-Type</c> and
    /// <c>Content-Length</c> in <see cref="FloraResponse{T}.ContentHeaders"/>.
    /// </returns>
    Task<FloraResponse<Asset>> DownloadAsync(string assetId, Stream destination, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Downloads a ready asset's bytes to a file; see <see cref="IAssetService.DownloadFileAsync"/>.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="parameters">Optional progress reporting.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the retrieve and the download.</param>
    /// <returns>
    /// The asset as retrieve answered it, with the status and headers of the storage host's final answer; those of
    /// the retrieve when a kept partial file was already whole and nothing had to be fetched.
    /// </returns>
    Task<FloraResponse<Asset>> DownloadFileAsync(string assetId, string path, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a ready asset's bytes as a stream; see <see cref="IAssetService.OpenReadAsync"/>.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the retrieve and the opening (not the reads: pass a token to each).</param>
    /// <returns>
    /// The stream (dispose it), with the storage host's status and headers: its <c>ETag</c> in
    /// <see cref="FloraResponse{T}.Headers"/>, its <c>Content-Type</c> and <c>Content-Length</c> in <see cref="FloraResponse{T}.ContentHeaders"/>.
    /// </returns>
    Task<FloraResponse<Stream>> OpenReadAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

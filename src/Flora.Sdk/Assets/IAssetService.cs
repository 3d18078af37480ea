using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// Upload, list, retrieve, complete and retry media assets. Every call validates its inputs before sending, retries
/// transient failures (see <see cref="FloraClientOptions.MaxRetries"/>) and raises a <see cref="FloraException"/> subclass on failure.
/// </summary>
public interface IAssetService
{
    /// <summary>The same calls, returning the HTTP status and headers with the parsed body.</summary>
    IAssetServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Creates an asset from an allowlisted <c>https://</c> URL, or reserves a signed upload (<c>POST /assets</c>).</summary>
    /// <param name="parameters">The source and workspace, and optional content type, file name and folder.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The asset; for <see cref="AssetSource.SignedUrl"/>, with its upload instructions.</returns>
    /// <exception cref="ArgumentException">An input breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<AssetCreateResponse> CreateAsync(AssetCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Marks a signed upload complete after its bytes were uploaded (<c>POST /assets/{assetId}/complete</c>).</summary>
    /// <param name="assetId">The asset id, for example <c>asset_abc123</c>.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>
    /// The asset, <c>ready</c> once FLORA has its bytes. When a retry is answered <c>idempotency_duplicate</c> (an earlier
    /// attempt was processed but its response was lost), the asset's current state is fetched and returned instead.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="assetId"/> is not a valid id; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<AssetCompleteResponse> CompleteAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Requests fresh upload instructions for a failed or expired upload (<c>POST /assets/{assetId}/retry</c>).</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The asset with a new reservation.</returns>
    /// <remarks>This is FLORA's asset "retry" endpoint, unrelated to the SDK's transport retries.</remarks>
    /// <exception cref="ArgumentException"><paramref name="assetId"/> is not a valid id; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status, for example a lifecycle error for a ready asset.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<AssetRetryResponse> RetryAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one asset (<c>GET /assets/{assetId}</c>).</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The asset's metadata.</returns>
    /// <exception cref="ArgumentException"><paramref name="assetId"/> is not a valid id; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">The asset does not exist or is not accessible to this key.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<AssetRetrieveResponse> RetrieveAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the assets visible to the API key (<c>GET /assets</c>), fetching pages lazily.</summary>
    /// <param name="parameters">Filters, page size and a starting cursor.</param>
    /// <param name="options">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A pageable: <c>await foreach</c> for every asset, or <see cref="AsyncPageable{T}.AsPages"/> for pages.</returns>
    /// <exception cref="ArgumentException">A filter breaks a documented rule; thrown at once, nothing was sent.</exception>
    AsyncPageable<AssetListResponse> ListAsync(AssetListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads bytes in one call: reserves a signed upload, streams <paramref name="content"/> to the upload target
    /// (never with the FLORA <c>Authorization</c> header), then completes the asset.
    /// </summary>
    /// <param name="content">The bytes, read from the current position; streamed, never buffered whole.</param>
    /// <param name="parameters">The workspace, file name and optional content type, folder, progress and wait.</param>
    /// <param name="options">Per-call overrides for the API calls.</param>
    /// <param name="cancellationToken">Cancels every step.</param>
    /// <returns>The completed asset (<c>ready</c> when <see cref="AssetUploadParams.WaitForReady"/> is set).</returns>
    /// <remarks>
    /// A rejected or expired reservation triggers <see cref="RetryAsync"/> once and a fresh upload, which needs a
    /// seekable stream; transient upload failures are retried the same way.
    /// </remarks>
    /// <exception cref="ArgumentException">An input breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraException">A step failed; the message says which.</exception>
    Task<AssetCompleteResponse> UploadAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Uploads a file: <see cref="UploadAsync"/> with the file name (and, when not given, content type) from the path.</summary>
    /// <param name="path">The file to upload.</param>
    /// <param name="parameters">The workspace and optional overrides.</param>
    /// <param name="options">Per-call overrides for the API calls.</param>
    /// <param name="cancellationToken">Cancels every step.</param>
    /// <returns>The completed asset.</returns>
    /// <exception cref="ArgumentException">An input breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FloraException">A step failed; the message says which.</exception>
    Task<AssetCompleteResponse> UploadFileAsync(string path, AssetFileUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Polls the asset (about every second, backing off) until it is <c>ready</c> or <c>failed</c>.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="timeout">How long to wait in all; 2 minutes when not given.</param>
    /// <param name="options">Per-call overrides for each poll.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The asset once it is <c>ready</c>.</returns>
    /// <exception cref="FloraException">The asset <c>failed</c> (the message carries its failure message), or the wait timed out.</exception>
    Task<AssetRetrieveResponse> WaitForReadyAsync(string assetId, TimeSpan? timeout = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

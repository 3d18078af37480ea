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
    /// The asset, <c>ready</c> once FLORA has its bytes. When a retry of this call is answered <c>idempotency_duplicate</c>
    /// (its earlier attempt was processed but the response was lost), the asset's current state is fetched and returned instead.
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
    /// Uploads bytes in one call. A stream of known length up to 4 MiB goes direct: one multipart <c>POST /assets</c>
    /// answered with a ready asset. A larger one, or one of unknown length, takes the signed path: reserve, stream
    /// <paramref name="content"/> to the upload target (never with the FLORA <c>Authorization</c> header), complete.
    /// <see cref="AssetUploadParamsBase.UploadPath"/> forces either.
    /// </summary>
    /// <param name="content">The bytes, read from the current position; streamed, never buffered whole.</param>
    /// <param name="parameters">The workspace, file name and optional content type, folder, progress and wait.</param>
    /// <param name="options">Per-call overrides for the API calls.</param>
    /// <param name="cancellationToken">Cancels every step.</param>
    /// <returns>
    /// The asset with every field FLORA answered during the call (a later answer wins; nothing is blanked). With
    /// <see cref="AssetUploadParamsBase.WaitForReady"/> it is <c>ready</c> and has retrieve's metadata (name, size, dimensions,
    /// created-at): the direct path then costs 2 requests, the signed path 4. Without it, the status is as FLORA answered
    /// (a direct create may answer <c>pending_upload</c> while FLORA processes), in 1 request (direct) or 3 (signed).
    /// </returns>
    /// <remarks>
    /// The content type (given, or inferred from the file name) must be one of <see cref="AssetContentTypes.Allowed"/>
    /// unless <see cref="AssetUploadParamsBase.AllowUnknownContentType"/> is set. A server that answers the direct create
    /// with 415 gets the signed path in the same call. A rejected or expired reservation triggers
    /// <see cref="RetryAsync"/> once and a fresh upload, which needs a seekable stream; transient failures are retried the
    /// same way. When a create's answer is lost, the asset it made is found again (see docs/reliability.md), or a
    /// <see cref="FloraLostCreateException"/> says why not.
    /// </remarks>
    /// <exception cref="ArgumentException">An input breaks a documented rule (for example a content type FLORA does not take); nothing was sent.</exception>
    /// <exception cref="FloraLostCreateException">A create's answer was lost and its asset could not be told apart.</exception>
    /// <exception cref="FloraAssetNotReadyException">With <see cref="AssetUploadParamsBase.WaitForReady"/>: the asset exists but was not ready within <see cref="AssetUploadParamsBase.ReadyTimeout"/>; wait again, do not upload again.</exception>
    /// <exception cref="FloraException">A step failed; the message says which.</exception>
    Task<Asset> UploadAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Uploads a file: <see cref="UploadAsync"/> with the file name (and, when not given, content type) from the path.</summary>
    /// <param name="path">The file to upload.</param>
    /// <param name="parameters">The workspace and optional overrides.</param>
    /// <param name="options">Per-call overrides for the API calls.</param>
    /// <param name="cancellationToken">Cancels every step.</param>
    /// <returns>The asset with every field FLORA answered during the call, as <see cref="UploadAsync"/> returns it.</returns>
    /// <exception cref="ArgumentException">An input breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FloraAssetNotReadyException">With <see cref="AssetUploadParamsBase.WaitForReady"/>: the asset exists but was not ready in time; wait again, do not upload again.</exception>
    /// <exception cref="FloraException">A step failed; the message says which.</exception>
    Task<Asset> UploadFileAsync(string path, AssetFileUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Polls the asset (about every second, backing off) until it is <c>ready</c> or <c>failed</c>.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="timeout">How long to wait in all; 2 minutes when not given.</param>
    /// <param name="options">Per-call overrides for each poll.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The asset once it is <c>ready</c>, as retrieve answers it.</returns>
    /// <remarks>
    /// The overload that takes <see cref="AssetWaitOptions"/> with only its <see cref="AssetWaitOptions.Timeout"/> set.
    /// A literal <c>null</c> as the second argument fits both overloads and does not compile: leave it out, or name it
    /// (<c>timeout: null</c>).
    /// </remarks>
    /// <exception cref="ArgumentException">The id is not an asset id, or the timeout is zero or negative; nothing was sent.</exception>
    /// <exception cref="FloraAssetFailedException">The asset <c>failed</c> (the message carries its failure message).</exception>
    /// <exception cref="FloraAssetNotReadyException">The time ran out while FLORA was still processing; it names the asset and its last status.</exception>
#pragma warning disable RS0026 // Both waits take optional request options and token, the 1.0 contract (issue 28); the second parameters never overlap but for a literal null.
    Task<Asset> WaitForReadyAsync(string assetId, TimeSpan? timeout = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Polls the asset until it is <c>ready</c> or <c>failed</c>, as long and as often as <paramref name="wait"/> says.</summary>
    /// <param name="assetId">The asset id.</param>
    /// <param name="wait">How long to wait in all (2 minutes by default) and the first pause between two looks (1 s by default, growing by half up to 5 s or the interval when longer).</param>
    /// <param name="options">Per-call overrides for each poll.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The asset once it is <c>ready</c>, as retrieve answers it.</returns>
    /// <remarks>The first look is at once; the last pause ends at the timeout, and one more look decides.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="wait"/> is null (pass <c>new AssetWaitOptions()</c> for the defaults).</exception>
    /// <exception cref="ArgumentException">The id is not an asset id, the timeout is zero or negative, or the poll interval is not positive or above 1 hour; nothing was sent.</exception>
    /// <exception cref="FloraAssetFailedException">The asset <c>failed</c> (the message carries its failure message).</exception>
    /// <exception cref="FloraAssetNotReadyException">The time ran out while FLORA was still processing; it names the asset and its last status.</exception>
    Task<Asset> WaitForReadyAsync(string assetId, AssetWaitOptions wait, RequestOptions? options = null, CancellationToken cancellationToken = default);
#pragma warning restore RS0026

    /// <summary>Creates an asset from its bytes in one request: a multipart <c>POST /assets</c> (at most 4 MiB).</summary>
    /// <param name="content">The bytes, read from the current position; streamed, never buffered whole.</param>
    /// <param name="parameters">
    /// The workspace, file name and optional content type, folder, project and progress (<see cref="AssetUploadParamsBase.UploadPath"/> is ignored);
    /// with <see cref="AssetUploadParamsBase.WaitForReady"/>, the call waits up to <see cref="AssetUploadParamsBase.ReadyTimeout"/> for <c>ready</c>, as <see cref="UploadAsync"/> does.
    /// </param>
    /// <param name="options">Per-call overrides; every attempt sends the same <c>Idempotency-Key</c>.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The created asset, with <c>uploaded_via: "direct"</c>: <c>ready</c>, or <c>pending_upload</c> while FLORA still processes it (never, with <see cref="AssetUploadParamsBase.WaitForReady"/>).</returns>
    /// <remarks>Unlike <see cref="UploadAsync"/>, a server that refuses direct uploads (415) fails the call.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="parameters"/> is null (as a faulted task, like the other upload calls); nothing was sent.</exception>
    /// <exception cref="ArgumentException">An input breaks a documented rule, or the stream is known to exceed 4 MiB; nothing was sent.</exception>
    /// <exception cref="FloraAssetNotReadyException">With <see cref="AssetUploadParamsBase.WaitForReady"/>: the asset exists but was not ready in time; wait again, do not upload again.</exception>
    /// <exception cref="FloraAssetFailedException">With <see cref="AssetUploadParamsBase.WaitForReady"/>: the asset <c>failed</c>.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status (413 for a file above the limit, 415 without direct uploads).</exception>
    /// <exception cref="FloraLostCreateException">The answer was lost and the asset could not be told apart.</exception>
    Task<AssetCreateResponse> CreateFromBytesAsync(Stream content, AssetUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Has FLORA fetch a public <c>https://</c> URL (at most 50 MB) and waits until the asset is <c>ready</c>.</summary>
    /// <param name="url">The absolute <c>https://</c> URL FLORA fetches.</param>
    /// <param name="parameters">The workspace and optional file name, content type, folder, project and wait limit.</param>
    /// <param name="options">Per-call overrides for the create and each poll.</param>
    /// <param name="cancellationToken">Cancels the create and the wait.</param>
    /// <returns>The asset once it is <c>ready</c>, with retrieve's metadata and what the create answered (2 requests or more).</returns>
    /// <exception cref="ArgumentException">The URL or another input breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraAssetFailedException">FLORA could not fetch or process the URL.</exception>
    /// <exception cref="FloraAssetNotReadyException">The asset was not ready within <see cref="AssetUrlUploadParams.ReadyTimeout"/>; wait again, do not upload again.</exception>
    /// <exception cref="FloraLostCreateException">The create's answer was lost and the asset could not be told apart.</exception>
    Task<Asset> UploadFromUrlAsync(Uri url, AssetUrlUploadParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Downloads a ready asset's bytes from its <c>url</c> into a stream.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="destination">Where the bytes are written, from its current position; the caller keeps and disposes it.</param>
    /// <param name="parameters">Optional progress reporting.</param>
    /// <param name="options">Per-call overrides: the retrieve call, and the download's retries and idle timeout.</param>
    /// <param name="cancellationToken">Cancels the retrieve and the download.</param>
    /// <returns>The asset as retrieve answered it.</returns>
    /// <remarks>
    /// The bytes come from the asset's <c>url</c> (read with <see cref="RetrieveAsync"/>) through the SDK's own upload
    /// transport: without the FLORA key, the HttpClient's default headers or cookies. Redirects are followed only to
    /// https (or http on a loopback host). The body is streamed, never buffered whole, and its length is checked
    /// against FLORA's <c>size_bytes</c> (else the host's <c>Content-Length</c>); with neither, at most 4 GiB are taken.
    /// After a dropped connection the download resumes with <c>Range</c> (and <c>If-Range</c> when the host gave an
    /// ETag); a host that answers the whole body instead makes it start over, which needs a seekable destination once
    /// bytes were written. A part (206) answered to a request for the whole file is refused.
    /// </remarks>
    /// <exception cref="ArgumentException">The id or destination breaks a rule; nothing was sent.</exception>
    /// <exception cref="FloraAssetFailedException">The asset failed; it has no bytes to download.</exception>
    /// <exception cref="FloraStorageHostException">The host serving the url answered with an error status, or with a part (206) to a request for the whole file.</exception>
    /// <exception cref="FloraConnectionException">The connection failed and the retries ran out without progress.</exception>
    /// <exception cref="FloraAssetNotReadyException">The asset is not ready yet; nothing was fetched.</exception>
    /// <exception cref="FloraException">
    /// The asset has no url, its url or a redirect is not https, the length does not match, or a non-seekable
    /// destination would have to start over.
    /// </exception>
    Task<Asset> DownloadAsync(string assetId, Stream destination, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Downloads a ready asset's bytes to a file: <see cref="DownloadAsync"/> through a partial file renamed at the end.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="path">The file to write; an existing file is replaced once the download is complete.</param>
    /// <param name="parameters">Optional progress reporting.</param>
    /// <param name="options">Per-call overrides: the retrieve call, and the download's retries and idle timeout.</param>
    /// <param name="cancellationToken">Cancels the retrieve and the download.</param>
    /// <returns>The asset as retrieve answered it.</returns>
    /// <remarks>
    /// The bytes go to a new hidden file beside <paramref name="path"/>, <c>.&lt;name&gt;.&lt;random&gt;.flora-partial</c>
    /// (created new: a file or link already there is never opened), which is renamed onto <paramref name="path"/> only
    /// when the length checks out: a failure or cancellation never leaves anything at <paramref name="path"/>, and a
    /// link at <paramref name="path"/> is replaced, never written through. After a cancellation or a connection failure
    /// the partial file stays with a record (<c>.flora-resume</c>: asset, <c>size_bytes</c>, the host's ETag, length),
    /// and the next call for the same asset and path resumes it with <c>Range</c> and <c>If-Range</c>, only when the
    /// record still fits; a host that gave no ETag leaves nothing to resume. After any other failure it is deleted.
    /// </remarks>
    /// <exception cref="ArgumentException">The id or path breaks a rule; nothing was sent.</exception>
    /// <exception cref="FloraAssetFailedException">The asset failed; it has no bytes to download.</exception>
    /// <exception cref="FloraStorageHostException">The host serving the url answered with an error status, or with a part (206) to a request for the whole file.</exception>
    /// <exception cref="FloraConnectionException">The connection failed and the retries ran out without progress; the partial file stays.</exception>
    /// <exception cref="FloraAssetNotReadyException">The asset is not ready yet; nothing was fetched.</exception>
    /// <exception cref="FloraException">The asset has no url, its url or a redirect is not https, or the length does not match.</exception>
    Task<Asset> DownloadFileAsync(string assetId, string path, AssetDownloadParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a ready asset's bytes as a stream, read as they arrive from its <c>url</c>; dispose it.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <param name="options">Per-call overrides: the retrieve call, and the opening's retries and idle timeout (each read must bring bytes within it).</param>
    /// <param name="cancellationToken">Cancels the retrieve and the opening; each read takes its own token.</param>
    /// <returns>The storage host's body, read-only and not seekable; disposing it releases the connection.</returns>
    /// <remarks>
    /// The request goes as <see cref="DownloadAsync"/>'s does: through the SDK's upload transport (no FLORA key, none of
    /// the HttpClient's default headers or cookies), redirects only to https (or http on a loopback host), retried until
    /// the host answers. The stream does not resume: a connection dropped while reading raises a
    /// <see cref="FloraConnectionException"/> and the asset must be opened again (<see cref="DownloadFileAsync"/> resumes).
    /// The bytes are counted against FLORA's <c>size_bytes</c> (else the host's <c>Content-Length</c>): a body that ends
    /// short or runs long raises a <see cref="FloraException"/> from the read.
    /// </remarks>
    /// <exception cref="ArgumentException">The id breaks a rule; nothing was sent.</exception>
    /// <exception cref="FloraAssetFailedException">The asset failed; it has no bytes.</exception>
    /// <exception cref="FloraAssetNotReadyException">The asset is not ready yet; nothing was fetched.</exception>
    /// <exception cref="FloraStorageHostException">The host serving the url answered with an error status, or with a part (206).</exception>
    /// <exception cref="FloraConnectionException">The host could not be reached, after every retry.</exception>
    /// <exception cref="FloraException">The asset has no url, or its url or a redirect is not https.</exception>
    Task<Stream> OpenReadAsync(string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

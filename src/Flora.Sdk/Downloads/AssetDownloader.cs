using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Downloads;

/// <summary>
/// Downloads an asset's bytes from its <c>url</c> through the upload transport (no FLORA key, none of the caller's
/// default headers or cookies), following safe redirects (<see cref="DownloadRedirects"/>), resuming after dropped
/// connections (<see cref="ByteDownload"/>) and checking the length at the end.
/// </summary>
internal sealed class AssetDownloader(ApiTransport api, HttpMessageInvoker storageInvoker)
{
    private readonly HttpMessageInvoker _invoker = DownloadRedirects.Over(storageInvoker);

    /// <summary>The asset's url, once it is known to be downloadable.</summary>
    /// <exception cref="FloraAssetFailedException">The asset failed.</exception>
    /// <exception cref="FloraAssetNotReadyException">The asset is not ready yet.</exception>
    /// <exception cref="FloraException">The asset has no url, or its url is not https.</exception>
    public static Uri UrlOf(AssetRetrieveResponse asset)
    {
        if (asset.Status == AssetStatus.Failed)
        {
            throw new FloraAssetFailedException(asset.AssetId, asset.FailureMessage);
        }

        if (asset.Status != AssetStatus.Ready)
        {
            throw new FloraAssetNotReadyException(asset.AssetId, asset.Status, TimeSpan.Zero);
        }

        if (string.IsNullOrEmpty(asset.Url))
        {
            throw new FloraException($"Asset '{asset.AssetId}' is ready but FLORA gave it no url, so there is nothing to download; retrieve it again later.");
        }

        if (!Uri.TryCreate(asset.Url, UriKind.Absolute, out var url) || !DownloadRedirects.IsAllowed(url))
        {
            throw new FloraException(DownloadRedirects.Refusal(url ?? new Uri("relative", UriKind.Relative), "url"));
        }

        return url;
    }

    /// <summary>Downloads <paramref name="asset"/> (already checked by <see cref="UrlOf"/>) into <paramref name="destination"/>.</summary>
    /// <param name="asset">The asset as retrieve answered.</param>
    /// <param name="destination">Where the bytes go, positioned after the bytes of the asset <paramref name="resume"/> says are there.</param>
    /// <param name="resume">The bytes already there (a partial file) and their ETag, for <c>If-Range</c>; kept current as the download goes.</param>
    /// <param name="progress">Receives the cumulative bytes written.</param>
    /// <param name="maxRetries">Retries per round; a round that moved the download on is followed by a fresh one.</param>
    /// <param name="idleTimeout">How long an attempt may wait for its next bytes.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The storage host's final answer (its status and headers; its body was read), or null when nothing had to be fetched.</returns>
    public async Task<HttpResponseMessage?> DownloadAsync(
        AssetRetrieveResponse asset, Stream destination, DownloadResume resume, IProgress<long>? progress, int maxRetries, TimeSpan idleTimeout,
        CancellationToken cancellationToken)
    {
        var url = UrlOf(asset);
        var download = new ByteDownload(api, _invoker, url, asset.AssetId, destination, resume, asset.SizeBytes, progress);
        if (resume.Written > 0)
        {
            if (asset.SizeBytes is { } size && resume.Written > size)
            {
                download.StartOver();
            }

            progress?.Report(download.Written);
        }

        var restarted = false;
        while (asset.SizeBytes is not { } known || download.Written < known)
        {
            var furthest = download.Furthest;
            try
            {
                await download.RunAsync(maxRetries, idleTimeout, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (FloraConnectionException) when (download.Furthest > furthest)
            {
                // The round ran out of retries but got further: a long download on a flaky link keeps going.
            }
            catch (FloraStorageHostException refused) when (refused.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && download.Written > 0 && !restarted)
            {
                // A partial file the host's bytes no longer extend (it was complete, or the asset's bytes are shorter).
                restarted = true;
                download.StartOver();
            }
        }

        download.VerifyLength();
        return download.Answered;
    }

    /// <summary>
    /// Opens <paramref name="asset"/>'s bytes (already checked by <see cref="UrlOf"/>) as a stream: one GET through the
    /// same transport, redirects and retries as a download (until the host answers), then a <see cref="DownloadStream"/>
    /// over its body, with the host's status and headers.
    /// </summary>
    public async Task<FloraResponse<Stream>> OpenAsync(AssetRetrieveResponse asset, int maxRetries, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var url = UrlOf(asset);
        return await api.SendToStorageAsync<Opening, FloraResponse<Stream>>(
            _invoker,
            new ApiRequest(HttpMethod.Get, FloraErrors.DownloadOperation, url.AbsolutePath.TrimStart('/'), AssetId: asset.AssetId) { MaxRetries = maxRetries, Timeout = idleTimeout },
            new Opening(api.Timeouts, url, asset, idleTimeout),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One opening: a plain GET, and a 2xx answer turned into a stream over its body.</summary>
    private sealed class Opening(AttemptTimeouts timeouts, Uri url, AssetRetrieveResponse asset, TimeSpan idleTimeout) : IExchange<FloraResponse<Stream>>
    {
        public string? Progress => null;

        public HttpRequestMessage Build(in ApiRequest request, AttemptTimeout timeout) => new(HttpMethod.Get, url);

        public async ValueTask<FloraResponse<Stream>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            if (response.StatusCode == HttpStatusCode.PartialContent)
            {
                throw FloraErrors.PartialAnswer(asset.AssetId, response, "opening");
            }

            var content = response.Content;
#if NETSTANDARD2_0
            var body = await content.ReadAsStreamAsync().ConfigureAwait(false);
#else
            var body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#endif

            // The body outlives the attempt: its content leaves the message the send loop disposes, and the stream disposes it.
            response.Content = new ByteArrayContent([]);
            var stream = new DownloadStream(body, content, timeouts, idleTimeout, asset.AssetId, asset.SizeBytes ?? content.Headers.ContentLength);
            return new FloraResponse<Stream>(stream, response.StatusCode, response.Headers, content.Headers);
        }
    }
}

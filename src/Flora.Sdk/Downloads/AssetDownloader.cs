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
    public Task<HttpResponseMessage?> DownloadAsync(
        AssetRetrieveResponse asset, Stream destination, DownloadResume resume, IProgress<long>? progress, int maxRetries, TimeSpan idleTimeout,
        CancellationToken cancellationToken) =>
        DownloadAsync(UrlOf(asset), asset.AssetId, asset.SizeBytes, destination, resume, progress, maxRetries, idleTimeout, cancellationToken);

    /// <summary>
    /// Downloads the file at <paramref name="url"/> (an asset's, or a run output's; already checked with
    /// <see cref="DownloadRedirects.IsAllowed"/>) into <paramref name="destination"/>, resuming and length-checked.
    /// </summary>
    /// <param name="url">The file's url.</param>
    /// <param name="id">What the file is, for traces and messages (an asset id).</param>
    /// <param name="size">The length FLORA gave, when it gave one; else the host's is checked.</param>
    /// <param name="destination">Where the bytes go, positioned after the bytes <paramref name="resume"/> says are there.</param>
    /// <param name="resume">The bytes already there and their ETag; kept current as the download goes.</param>
    /// <param name="progress">Receives the cumulative bytes written.</param>
    /// <param name="maxRetries">Retries per round; a round that moved the download on is followed by a fresh one.</param>
    /// <param name="idleTimeout">How long an attempt may wait for its next bytes.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The storage host's final answer (its status and headers; its body was read), or null when nothing had to be fetched.</returns>
    public async Task<HttpResponseMessage?> DownloadAsync(
        Uri url, string id, long? size, Stream destination, DownloadResume resume, IProgress<long>? progress, int maxRetries, TimeSpan idleTimeout,
        CancellationToken cancellationToken)
    {
        var download = new ByteDownload(api, _invoker, url, id, destination, resume, size, progress);
        if (resume.Written > 0)
        {
            if (size is { } known && resume.Written > known)
            {
                download.StartOver();
            }

            progress?.Report(download.Written);
        }

        var restarted = false;
        while (size is not { } expected || download.Written < expected)
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
    /// Downloads the file at <paramref name="url"/> into a partial file in <paramref name="partialFor"/>'s folder, then moves
    /// it, whole and length-checked, to the path <paramref name="destination"/> gives for the host's final answer. A
    /// cancelled or dropped download keeps its partial file for a later call to resume; any other failure deletes it.
    /// Nothing is ever left at the destination but a whole file.
    /// </summary>
    /// <param name="url">The file's url, already checked.</param>
    /// <param name="id">What the file is, for traces, messages and the partial file's record.</param>
    /// <param name="size">The length FLORA gave, when it gave one.</param>
    /// <param name="partialFor">The full path the partial file is named after and found again by (the destination, when known before the answer).</param>
    /// <param name="destination">The full path to move the file to, from the host's final answer (null when nothing had to be fetched).</param>
    /// <param name="progress">Receives the cumulative bytes written.</param>
    /// <param name="maxRetries">Retries per round.</param>
    /// <param name="idleTimeout">How long an attempt may wait for its next bytes.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The storage host's final answer, or null when nothing had to be fetched.</returns>
    public async Task<HttpResponseMessage?> DownloadFileAsync(
        Uri url, string id, long? size, string partialFor, Func<HttpResponseMessage?, string> destination, IProgress<long>? progress, int maxRetries,
        TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var partial = PartialFile.Open(partialFor, id, size);
        var keep = true;
        try
        {
            HttpResponseMessage? answered;
            await using (partial.Stream.ConfigureAwait(false))
            {
                answered = await DownloadAsync(url, id, size, partial.Stream, partial.Resume, progress, maxRetries, idleTimeout, cancellationToken).ConfigureAwait(false);
                await partial.Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            partial.Promote(destination(answered));
            keep = false;
            return answered;
        }
        catch (FloraException ex) when (ex is not FloraConnectionException)
        {
            // A cancelled or dropped download keeps its partial file for the next run to resume; anything else made it useless.
            keep = false;
            partial.Discard();
            throw;
        }
        finally
        {
            if (keep)
            {
                partial.Keep();
            }
        }
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

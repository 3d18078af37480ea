using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Downloads;

/// <summary>
/// Fetches one asset's bytes into a destination stream through the send loop, as often as retries and resumes need:
/// every attempt after the first bytes asks only for the rest (<c>Range: bytes=N-</c>, with <c>If-Range</c> when the
/// host gave an ETag). A 206 is appended; a 200 means the host ignored the range (or the bytes changed), so the
/// destination is rewound and the download starts over; a 206 to a request without a range is refused. The bytes stop
/// at FLORA's <c>size_bytes</c>, else the host's length, else <see cref="UnannouncedLimit"/>. The body is copied through one
/// pooled buffer: memory stays flat whatever the size (the 1 GiB download of the scale benchmark, docs/benchmarks.md).
/// </summary>
internal sealed class ByteDownload : IExchange<bool>
{
    /// <summary>The most bytes a download takes when neither FLORA's <c>size_bytes</c> nor the host announced a length: 4 GiB.</summary>
    public const long UnannouncedLimit = 4L * 1024 * 1024 * 1024;

    private const int BufferSize = 81920;

    private readonly ApiTransport _api;
    private readonly HttpMessageInvoker _invoker;
    private readonly Uri _url;
    private readonly string _assetId;
    private readonly Stream _destination;
    private readonly DownloadResume _resume;
    private readonly long? _origin;
    private readonly long? _expected;
    private readonly IProgress<long>? _progress;
    private long? _hostLength;
    private AttemptTimeout? _timeout;

    /// <param name="api">The send loop.</param>
    /// <param name="invoker">The upload transport, wrapped to follow safe redirects.</param>
    /// <param name="url">The asset's url.</param>
    /// <param name="assetId">The asset, for traces and messages.</param>
    /// <param name="destination">Where the bytes go; positioned where the first byte of the asset belongs, plus the bytes <paramref name="resume"/> says are there.</param>
    /// <param name="resume">The bytes of the asset already in the destination (a partial file of an earlier run) and their ETag; kept current.</param>
    /// <param name="expected">FLORA's <c>size_bytes</c>, when it gave one.</param>
    /// <param name="progress">Receives the cumulative bytes written.</param>
    public ByteDownload(ApiTransport api, HttpMessageInvoker invoker, Uri url, string assetId, Stream destination, DownloadResume resume, long? expected, IProgress<long>? progress)
    {
        _api = api;
        _invoker = invoker;
        _url = url;
        _assetId = assetId;
        _destination = destination;
        _resume = resume;
        _origin = destination.CanSeek ? destination.Position - resume.Written : null;
        Furthest = resume.Written;
        _expected = expected;
        _progress = progress;
    }

    /// <summary>The asset's bytes in the destination so far.</summary>
    public long Written { get => _resume.Written; private set => _resume.Written = value; }

    /// <summary>The storage host's last answer that was read to its end: the download's final response; null before one.</summary>
    public HttpResponseMessage? Answered { get; private set; }

    /// <summary>The furthest the download got: a pass that moved it on earns a fresh round of retries.</summary>
    public long Furthest { get; private set; }

    /// <summary>Runs one round of attempts (the client's retry count) from where the download stands.</summary>
    public Task RunAsync(int maxRetries, TimeSpan idleTimeout, CancellationToken cancellationToken) =>
        _api.SendToStorageAsync<ByteDownload, bool>(
            _invoker,
            new ApiRequest(HttpMethod.Get, FloraErrors.DownloadOperation, _url.AbsolutePath.TrimStart('/'), AssetId: _assetId) { MaxRetries = maxRetries, Timeout = idleTimeout },
            this,
            cancellationToken);

    /// <summary>What a failure adds: the bytes that had arrived, which a file download keeps for the next call.</summary>
    string? IExchange<bool>.Progress => $"{Written} bytes had arrived; DownloadFileAsync keeps them and a new call resumes from there.";

    /// <summary>Empties the destination back to where the asset starts, for a download that must start over.</summary>
    /// <exception cref="FloraException">The destination cannot seek and already holds bytes.</exception>
    public void StartOver()
    {
        if (Written == 0)
        {
            return;
        }

        if (_origin is not { } origin)
        {
            throw new FloraException(
                $"The download of asset '{_assetId}' must start over (the host did not resume at byte {Written}), but the destination stream " +
                "cannot seek back to where the asset started. Pass a seekable stream (a FileStream or MemoryStream), or use DownloadFileAsync.");
        }

        _destination.Position = origin;
        _destination.SetLength(origin);
        Written = 0;
        _resume.ETag = null;
        _progress?.Report(0);
    }

    /// <summary>Checks that the download is complete: FLORA's size when it gave one, else the host's.</summary>
    /// <exception cref="FloraException">The lengths differ.</exception>
    public void VerifyLength()
    {
        var expected = _expected ?? _hostLength;
        if (expected is { } length && length != Written)
        {
            throw new FloraException(
                $"The download of asset '{_assetId}' received {Written} bytes, but {(_expected is null ? "the host's Content-Length" : "FLORA's size_bytes")} " +
                $"says {length}. The file is incomplete or not the asset's; try again.");
        }
    }

    HttpRequestMessage IExchange<bool>.Build(in ApiRequest request, AttemptTimeout timeout)
    {
        _timeout = timeout;
        var message = new HttpRequestMessage(HttpMethod.Get, _url);
        if (Written > 0)
        {
            message.Headers.Range = new RangeHeaderValue(Written, null);
            if (_resume.ETag is { } etag)
            {
                message.Headers.IfRange = new RangeConditionHeaderValue(etag);
            }
        }

        return message;
    }

    async ValueTask<bool> IExchange<bool>.ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.PartialContent && Written == 0)
        {
            // Only a range request may be answered with a part: a part saved as the whole file would pass for the asset.
            throw FloraErrors.PartialAnswer(_assetId, response, "download");
        }

        if (response.StatusCode == HttpStatusCode.PartialContent)
        {
            var range = response.Content.Headers.ContentRange;
            if (range?.From != Written)
            {
                throw new FloraException(
                    $"The download of asset '{_assetId}' asked the host for the bytes from {Written} and got a range starting at " +
                    $"{range?.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown byte"}; try again.");
            }

            _hostLength = range.Length ?? Written + response.Content.Headers.ContentLength ?? _hostLength;
        }
        else
        {
            // 200 to a ranged request: the host ignores ranges, or If-Range found the bytes changed.
            StartOver();
            _hostLength = response.Content.Headers.ContentLength;
        }

        _resume.ETag = response.Headers.ETag ?? _resume.ETag;
        var limit = _expected ?? _hostLength ?? UnannouncedLimit;
#if NETSTANDARD2_0
        var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#else
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#endif
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
#if NETSTANDARD2_0
            while ((read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
#else
            while ((read = await body.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
#endif
            {
                if (Written + read > limit)
                {
                    throw new FloraException(
                        $"The download of asset '{_assetId}' received more than the {limit} bytes " +
                        $"{(_expected is not null ? "FLORA's size_bytes says" : _hostLength is not null ? "the host's Content-Length says" : "a download without a known length may take")}; " +
                        "the file is not the asset's, and nothing was kept.");
                }

                await WriteAsync(buffer, read, cancellationToken).ConfigureAwait(false);
                Written += read;
                Furthest = Math.Max(Furthest, Written);
                _timeout?.Restart();
                _progress?.Report(Written);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            body.Dispose();
        }

        Answered = response;
        return true;
    }

    /// <summary>Writes to the destination; its failures (a full disk) are not network failures, so they are not retried.</summary>
    private async Task WriteAsync(byte[] buffer, int count, CancellationToken cancellationToken)
    {
        try
        {
#if NETSTANDARD2_0
            await _destination.WriteAsync(buffer, 0, count, cancellationToken).ConfigureAwait(false);
#else
            await _destination.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
#endif
        }
        catch (IOException ex)
        {
            throw new FloraException($"The download of asset '{_assetId}' could not write to its destination: {ex.Message}", ex);
        }
    }
}

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Downloads;

/// <summary>
/// Fetches one asset's bytes into a destination stream through the send core, as often as retries and resumes need:
/// every attempt after the first bytes asks only for the rest (<c>Range: bytes=N-</c>, with <c>If-Range</c> when the
/// host gave an ETag). A 206 is appended; a 200 means the host ignored the range (or the bytes changed), so the
/// destination is rewound and the download starts over. The body is copied through one pooled buffer: memory stays
/// flat whatever the size (the 1 GiB download of the scale benchmark, docs/benchmarks.md).
/// </summary>
internal sealed class ByteDownload
{
    private const int BufferSize = 81920;

    private readonly SendCore _core;
    private readonly HttpMessageInvoker _invoker;
    private readonly Uri _url;
    private readonly string _assetId;
    private readonly Stream _destination;
    private readonly long? _origin;
    private readonly long? _expected;
    private readonly IProgress<long>? _progress;
    private EntityTagHeaderValue? _etag;
    private long? _hostLength;
    private AttemptTimeout? _timeout;

    /// <param name="core">The send core.</param>
    /// <param name="invoker">The upload transport, wrapped to follow safe redirects.</param>
    /// <param name="url">The asset's url.</param>
    /// <param name="assetId">The asset, for traces and messages.</param>
    /// <param name="destination">Where the bytes go; positioned where the first byte of the asset belongs, plus <paramref name="alreadyWritten"/>.</param>
    /// <param name="alreadyWritten">Bytes of the asset already in the destination (a partial file of an earlier run).</param>
    /// <param name="expected">FLORA's <c>size_bytes</c>, when it gave one.</param>
    /// <param name="progress">Receives the cumulative bytes written.</param>
    public ByteDownload(SendCore core, HttpMessageInvoker invoker, Uri url, string assetId, Stream destination, long alreadyWritten, long? expected, IProgress<long>? progress)
    {
        _core = core;
        _invoker = invoker;
        _url = url;
        _assetId = assetId;
        _destination = destination;
        _origin = destination.CanSeek ? destination.Position - alreadyWritten : null;
        Written = alreadyWritten;
        Furthest = alreadyWritten;
        _expected = expected;
        _progress = progress;
    }

    /// <summary>The asset's bytes in the destination so far.</summary>
    public long Written { get; private set; }

    /// <summary>The furthest the download got: a pass that moved it on earns a fresh round of retries.</summary>
    public long Furthest { get; private set; }

    /// <summary>Runs one round of attempts (the client's retry count) from where the download stands.</summary>
    public Task RunAsync(int maxRetries, TimeSpan idleTimeout, CancellationToken cancellationToken) =>
        _core.SendAsync(
            _invoker,
            new ApiRequest(HttpMethod.Get, "assets.download", _url.AbsolutePath.TrimStart('/'), AssetId: _assetId)
            {
                MaxRetries = maxRetries,
                Timeout = idleTimeout,
                Peer = Peer.UploadHost,
            },
            this,
            static (d, attempt) => d.Build(attempt),
            static (d, response, token) => d.ReadAsync(response, token),
            cancellationToken);

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
        _etag = null;
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

    private HttpRequestMessage Build(AttemptContext attempt)
    {
        _timeout = attempt.Timeout;
        var request = new HttpRequestMessage(HttpMethod.Get, _url);
        if (Written > 0)
        {
            request.Headers.Range = new RangeHeaderValue(Written, null);
            if (_etag is not null)
            {
                request.Headers.IfRange = new RangeConditionHeaderValue(_etag);
            }
        }

        return request;
    }

    private async ValueTask<bool> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.PartialContent && Written > 0)
        {
            var range = response.Content.Headers.ContentRange;
            if (range?.From != Written)
            {
                throw new FloraException(
                    $"The download of asset '{_assetId}' asked the host for the bytes from {Written} and got a range starting at " +
                    $"{range?.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown byte"}; try again.");
            }

            _hostLength = range.Length ?? _hostLength;
        }
        else
        {
            // 200 to a ranged request: the host ignores ranges, or If-Range found the bytes changed.
            StartOver();
            _hostLength = response.Content.Headers.ContentLength;
        }

        _etag = response.Headers.ETag ?? _etag;
        var limit = _expected ?? _hostLength;
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
                if (limit is { } max && Written + read > max)
                {
                    throw new FloraException(
                        $"The download of asset '{_assetId}' received more than the {max} bytes " +
                        $"{(_expected is null ? "the host's Content-Length" : "FLORA's size_bytes")} says; the file is not the asset's.");
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

using System.Net.Http.Headers;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Downloads;

/// <summary>
/// The body of the storage host's answer to <c>OpenReadAsync</c>, as a plain read-only stream: every read must bring
/// bytes within the idle timeout (on the client's clock), the bytes are counted against FLORA's <c>size_bytes</c>
/// (else the host's <c>Content-Length</c>), and disposing it disposes the answer's content (the connection). It does
/// not resume: a dropped connection is a <see cref="FloraConnectionException"/>, and the caller opens the asset again.
/// </summary>
internal sealed class DownloadStream(
    Stream body, HttpContent content, AttemptTimeouts timeouts, TimeSpan idleTimeout, string assetId, long? expected) : Stream
{
    private long _read;
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The length of a download stream is not known ahead; read to the end.");

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>The answer's content headers, kept for the raw response after the content left its message.</summary>
    public HttpContentHeaders ContentHeaders => content.Headers;

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

#if NETSTANDARD2_0
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadCoreAsync(buffer, offset, count, cancellationToken);
#else
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadCoreAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ReadCoreAsync(buffer, cancellationToken);
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            body.Dispose();
            content.Dispose();
        }

        base.Dispose(disposing);
    }

#if NETSTANDARD2_0
    private async Task<int> ReadCoreAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
#else
    private async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var count = buffer.Length;
#endif
#if NET8_0_OR_GREATER
        ObjectDisposedException.ThrowIf(_disposed, this);
#else
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(DownloadStream));
        }
#endif
        int read;
        using (var timeout = timeouts.Start(idleTimeout, cancellationToken))
        {
            try
            {
#if NETSTANDARD2_0
                read = await body.ReadAsync(buffer, offset, count, timeout.Token).ConfigureAwait(false);
#else
                read = await body.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
#endif
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new FloraTimeoutException(
                    $"The download of asset '{assetId}' received no bytes for {idleTimeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s after {_read} bytes; the stream does not resume: open the asset again.", ex);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                throw new FloraConnectionException(
                    $"The connection to the host serving asset '{assetId}' failed after {_read} bytes: {ex.Message} The stream does not resume: open the asset again, " +
                    "or use DownloadFileAsync, which does.", ex);
            }
        }

        _read += read;
        if (expected is { } length && (_read > length || (read == 0 && count > 0 && _read != length)))
        {
            throw new FloraException(
                $"The download of asset '{assetId}' {(read == 0 ? "ended after" : "went past")} {_read} bytes, but its length is {length}; " +
                "the bytes are incomplete or not the asset's.");
        }

        return read;
    }
}

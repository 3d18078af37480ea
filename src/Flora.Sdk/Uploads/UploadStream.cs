using Flora.Sdk.Transport;

namespace Flora.Sdk.Uploads;

/// <summary>
/// Wraps the caller's content for one upload pass: reports cumulative bytes to <see cref="IProgress{T}"/>, pushes the
/// attempt's idle timeout back on every read, and never disposes the caller's stream. It passes seeking through so that
/// <see cref="StreamContent"/> can send a <c>Content-Length</c>, which presigned-POST targets require.
/// </summary>
internal sealed class UploadStream(Stream inner, IProgress<long>? progress, AttemptTimeout idleTimeout) : Stream
{
    private long _sent;

    /// <summary>The bytes read from the caller's stream in this pass.</summary>
    public long Sent => _sent;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

#if NETSTANDARD2_0
    // Stream has no Span/Memory overloads to override on netstandard2.0.
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Advance(await inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));
#else
    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Advance(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
#endif

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Advance(int read)
    {
        if (read > 0)
        {
            _sent += read;
            idleTimeout.Restart();
            progress?.Report(_sent);
        }

        return read;
    }
}

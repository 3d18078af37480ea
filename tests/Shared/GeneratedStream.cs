using System.Globalization;
using System.Security.Cryptography;

namespace Flora.Sdk.Tests.Shared;

/// <summary>
/// A read-only stream of <c>length</c> bytes made on the fly (no buffer of its size exists), seekable or not: a
/// repeating <c>pattern</c>, or deterministic pseudo-random bytes when none is given.
/// </summary>
internal sealed class GeneratedStream(long length, bool seekable = true, byte[]? pattern = null) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _position : throw new NotSupportedException();
        set => _position = seekable ? value : throw new NotSupportedException();
    }

    /// <summary>How many bytes readers have taken from this stream, over every pass (seekable or not).</summary>
    public long BytesRead { get; private set; }

    /// <summary>The SHA-256 of the pseudo-random content of <paramref name="length"/> bytes, generated once more in small chunks.</summary>
    public static string Sha256Of(long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new GeneratedStream(length, seekable: false);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return string.Concat(hash.GetHashAndReset().Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    public override int Read(byte[] buffer, int offset, int count) => Fill(buffer.AsSpan(offset, count));

#if NETCOREAPP
    public override int Read(Span<byte> buffer) => Fill(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Fill(buffer.Span));
#endif

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Fill(buffer.AsSpan(offset, count)));

    private int Fill(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            var p = _position + i;
            buffer[i] = pattern is null ? (byte)(((ulong)p * 0x9E3779B97F4A7C15UL) >> 56) : pattern[p % pattern.Length];
        }

        _position += count;
        BytesRead += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!seekable)
        {
            throw new NotSupportedException();
        }

        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

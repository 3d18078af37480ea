namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// A large seekable stream generated on the fly from a 64 KiB pattern (never held in memory, not a file): reading it
/// costs a memory copy, so upload timings measure the client and the transport, not the generator.
/// </summary>
internal sealed class PatternStream(long length) : Stream
{
    private static readonly byte[] s_pattern = BuildPattern();
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = (int)Math.Min(buffer.Length, Math.Max(0, length - _position));
        var written = 0;
        while (written < total)
        {
            var at = (int)((_position + written) % s_pattern.Length);
            var chunk = Math.Min(total - written, s_pattern.Length - at);
            s_pattern.AsSpan(at, chunk).CopyTo(buffer[written..]);
            written += chunk;
        }

        _position += total;
        return total;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override long Seek(long offset, SeekOrigin origin) =>
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] BuildPattern()
    {
        var pattern = new byte[64 * 1024];
        for (var i = 0; i < pattern.Length; i++)
        {
            pattern[i] = (byte)(((ulong)i * 0x9E3779B97F4A7C15UL) >> 56);
        }

        return pattern;
    }
}

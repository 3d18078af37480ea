using System.Text;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>Error bodies are read up to a cap, and a body that cannot be decoded is a transport failure (an IOException).</summary>
public class BodyReaderTests
{
    [Fact]
    public async Task ReadCappedAsync_NoContentOrEmpty_IsNull()
    {
        using var empty = new ByteArrayContent([]);

        Assert.Null(await BodyReader.ReadCappedAsync(null, 10, default));
        Assert.Null(await BodyReader.ReadCappedAsync(empty, 10, default));
    }

    [Fact]
    public async Task ReadCappedAsync_LongerThanTheCap_IsTheFirstBytes()
    {
        using var content = new StringContent("0123456789abcdef");

        Assert.Equal("0123456", await BodyReader.ReadCappedAsync(content, 7, default));
    }

    [Fact]
    public async Task ReadCappedAsync_ArrivingInPieces_IsJoined()
    {
        using var content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes("héllo world")));

        Assert.Equal("héllo world", await BodyReader.ReadCappedAsync(content, 64, default));
    }

    [Fact]
    public async Task ReadCappedAsync_ExactlyTheCap_IsAllOfIt()
    {
        using var content = new StringContent("12345");

        Assert.Equal("12345", await BodyReader.ReadCappedAsync(content, 5, default));
    }

    [Fact]
    public async Task ReadAsync_UndecodableBody_IsAnIOExceptionWithTheCause()
    {
        var gzip = new InvalidDataException("bad gzip header");
        var brotli = new InvalidOperationException("brotli failed");

        var fromGzip = await Assert.ThrowsAsync<IOException>(() => BodyReader.ReadAsync(new ThrowingStream(gzip), new byte[4], default).AsTask());
        var fromBrotli = await Assert.ThrowsAsync<IOException>(() => BodyReader.ReadAsync(new ThrowingStream(brotli), new byte[4], default).AsTask());

        Assert.Equal("The response body could not be decoded: bad gzip header", fromGzip.Message);
        Assert.Same(gzip, fromGzip.InnerException);
        Assert.Same(brotli, fromBrotli.InnerException);
    }

    [Fact]
    public async Task ReadAsync_OtherFailures_PassThroughUnchanged()
    {
        var reset = new IOException("connection reset");

        var ex = await Assert.ThrowsAsync<IOException>(() => BodyReader.ReadAsync(new ThrowingStream(reset), new byte[4], default).AsTask());

        Assert.Same(reset, ex);
    }

    /// <summary>Hands out one byte per read, as a slow network would.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);

#if NETCOREAPP
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
#endif
    }

    private sealed class ThrowingStream(Exception failure) : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw failure;

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(failure);

#if NETCOREAPP
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(failure);
#endif
    }
}

using Flora.Sdk.Tests.Shared;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;
using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>One upload pass over the caller's stream: cumulative progress, the idle timeout pushed back by each read, seeking passed through.</summary>
public class UploadStreamTests
{
    private static readonly TimeSpan s_idle = TimeSpan.FromSeconds(10);

    private static byte[] Bytes(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)i)];

    [Fact]
    public async Task Reads_EveryOverload_CountTheBytesAndReportCumulativeProgress()
    {
        var progress = new RecordingProgress();
        using var timeout = new AttemptTimeouts(new TestClock()).Start(s_idle, CancellationToken.None);
        var stream = new UploadStream(new MemoryStream(Bytes(100)), progress, timeout);

        Assert.Equal(10, stream.Read(new byte[10], 0, 10));
#if NET
        Assert.Equal(20, stream.Read(new byte[20].AsSpan()));
#else
        // .NET Framework's Stream has no Span overload to call.
        Assert.Equal(20, stream.Read(new byte[20], 0, 20));
#endif
        Assert.Equal(30, await stream.ReadAsync(new byte[30].AsMemory()));
#pragma warning disable CA1835 // The array overload is one of those under test.
        Assert.Equal(15, await stream.ReadAsync(new byte[15], 0, 15));
#pragma warning restore CA1835

        Assert.Equal([10L, 30L, 60L, 75L], progress.Values);
        Assert.Equal(75, stream.Sent);
    }

    [Fact]
    public void Read_AtTheEnd_ReportsNoProgress()
    {
        var progress = new RecordingProgress();
        using var timeout = new AttemptTimeouts(new TestClock()).Start(s_idle, CancellationToken.None);
        var stream = new UploadStream(new MemoryStream(Bytes(5)), progress, timeout);

        Assert.Equal(5, stream.Read(new byte[8], 0, 8));
        Assert.Equal(0, stream.Read(new byte[8], 0, 8));

        Assert.Equal([5L], progress.Values);
        Assert.Equal(5, stream.Sent);
    }

    [Fact]
    public void Read_WithoutProgress_StillCountsTheBytes()
    {
        using var timeout = new AttemptTimeouts(new TestClock()).Start(s_idle, CancellationToken.None);
        var stream = new UploadStream(new MemoryStream(Bytes(5)), progress: null, timeout);

        _ = stream.Read(new byte[8], 0, 8);

        Assert.Equal(5, stream.Sent);
    }

    [Fact]
    public void Read_WithBytes_PushesTheIdleTimeoutBack()
    {
        var clock = new TestClock();
        using var timeout = new AttemptTimeouts(clock).Start(s_idle, CancellationToken.None);
        var stream = new UploadStream(new MemoryStream(Bytes(5)), progress: null, timeout);

        clock.Advance(s_idle * 0.9);
        _ = stream.Read(new byte[2], 0, 2);
        clock.Advance(s_idle * 0.9);
        Assert.False(timeout.Token.IsCancellationRequested, "a read restarts the idle timeout");

        clock.Advance(s_idle * 0.1);
        Assert.True(timeout.Token.IsCancellationRequested);
    }

    [Fact]
    public void Read_AtTheEnd_DoesNotPushTheIdleTimeoutBack()
    {
        var clock = new TestClock();
        using var timeout = new AttemptTimeouts(clock).Start(s_idle, CancellationToken.None);
        var stream = new UploadStream(new MemoryStream([]), progress: null, timeout);

        clock.Advance(s_idle * 0.9);
        _ = stream.Read(new byte[2], 0, 2);
        clock.Advance(s_idle * 0.1);

        Assert.True(timeout.Token.IsCancellationRequested, "reading nothing is no progress");
    }

    [Fact]
    public void Seeking_IsPassedThroughToTheCallersStream()
    {
        using var timeout = new AttemptTimeouts(new TestClock()).Start(s_idle, CancellationToken.None);
        var inner = new MemoryStream(Bytes(50)) { Position = 10 };
        var stream = new UploadStream(inner, progress: null, timeout);

        Assert.True(stream.CanRead);
        Assert.False(stream.CanWrite);
        Assert.True(stream.CanSeek);
        Assert.Equal(50, stream.Length);
        Assert.Equal(10, stream.Position);

        stream.Position = 20;
        Assert.Equal(20, inner.Position);
        Assert.Equal(45, stream.Seek(-5, SeekOrigin.End));
        Assert.Equal(45, inner.Position);
    }

    [Fact]
    public void CanSeek_NonSeekableStream_IsFalse()
    {
        using var timeout = new AttemptTimeouts(new TestClock()).Start(s_idle, CancellationToken.None);

        Assert.False(new UploadStream(new NonSeekableStream(Bytes(5)), progress: null, timeout).CanSeek);
    }

    [Fact]
    public void WritingAndDisposing_NeverTouchTheCallersStream()
    {
        using var timeout = new AttemptTimeouts(new TestClock()).Start(s_idle, CancellationToken.None);
        var inner = new MemoryStream(Bytes(5));
        var stream = new UploadStream(inner, progress: null, timeout);

        Assert.Throws<NotSupportedException>(() => stream.Write(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => stream.SetLength(1));
        stream.Flush();
        stream.Dispose();

        Assert.True(inner.CanRead, "the caller's stream is still open");
        Assert.Equal(5, inner.Length);
    }
}

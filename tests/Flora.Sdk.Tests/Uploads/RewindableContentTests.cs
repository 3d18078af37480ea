using Flora.Sdk.Tests.Shared;
using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>The caller's stream across passes: measured and rewound from where the caller left it, not from byte 0.</summary>
public class RewindableContentTests
{
    private static MemoryStream TenBytesAt(int position) => new(new byte[10]) { Position = position };

    [Fact]
    public void Length_SeekableStreamNotAtZero_CountsFromTheStartPosition()
    {
        var content = new RewindableContent(TenBytesAt(3));

        Assert.Equal(7, content.Length);
    }

    [Fact]
    public void Consumed_AfterReading_IsTheBytesReadSinceTheStartPosition()
    {
        var stream = TenBytesAt(3);
        var content = new RewindableContent(stream);

        _ = stream.Read(new byte[4], 0, 4);

        Assert.Equal(4, content.Consumed);
    }

    [Fact]
    public void LengthAndConsumed_NonSeekableStream_AreUnknown()
    {
        var content = new RewindableContent(new NonSeekableStream(new byte[10]));

        Assert.Null(content.Length);
        Assert.Null(content.Consumed);
    }

    [Fact]
    public void LengthAndConsumed_StreamDisposedSinceTheStart_AreUnknownInsteadOfThrowing()
    {
        // A disposed MemoryStream stops saying CanSeek: its Length would throw.
        var stream = TenBytesAt(3);
        var content = new RewindableContent(stream);
        stream.Dispose();

        Assert.Null(content.Length);
        Assert.Null(content.Consumed);
    }

    [Fact]
    public void Rewind_FirstPass_ReturnsTheStreamWhereTheCallerLeftIt()
    {
        var stream = TenBytesAt(3);
        var content = new RewindableContent(stream);
        _ = stream.Read(new byte[2], 0, 2);

        Assert.Same(stream, content.Rewind());
        Assert.Equal(5, stream.Position);
        Assert.Same(stream, content.Stream);
    }

    [Fact]
    public void Rewind_LaterPasses_SeekBackToTheStartPosition()
    {
        var stream = TenBytesAt(3);
        var content = new RewindableContent(stream);

        content.Rewind();
        stream.Position = 10;
        Assert.Same(stream, content.Rewind());
        Assert.Equal(3, stream.Position);

        stream.Position = 8;
        content.Rewind();
        Assert.Equal(3, stream.Position);
    }

    [Fact]
    public void Rewind_NonSeekableStream_FirstPassIsFine_SecondThrowsSayingHowToFixIt()
    {
        var stream = new NonSeekableStream(new byte[10]);
        var content = new RewindableContent(stream);

        Assert.Same(stream, content.Rewind());
        var ex = Assert.Throws<FloraException>(() => content.Rewind());

        Assert.Contains("cannot seek back to its start", ex.Message);
        Assert.Contains("Pass a seekable stream", ex.Message);
    }
}

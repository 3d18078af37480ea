// .NET-only test APIs (File.CreateSymbolicLink, temp directories): the net472 leg of Flora.Sdk.Tests.NetStandard skips
// these; its net10.0 leg runs them against the netstandard2.0 build.
#if NET
using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk.Downloads;
using Flora.Sdk.Tests.TestSupport;
using static Flora.Sdk.Tests.Downloads.AssetDownloadTests;

namespace Flora.Sdk.Tests.Downloads;

/// <summary>
/// The download half of issue 26 ("Hostile servers, hostile folders"), one test per attack the reviewer reproduced
/// against <see cref="IAssetService.DownloadFileAsync"/> and <see cref="IAssetService.DownloadAsync"/>. The CLI's half
/// (names the server chooses) is in tests/Flora.Cli.Tests/DownloadAttackTests.cs.
/// </summary>
public sealed class DownloadAttackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("flora-dl-attack-").FullName;
    private readonly string _victim;

    public DownloadAttackTests()
    {
        _victim = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, "elsewhere")).FullName, "victim.txt");
        File.WriteAllText(_victim, "the victim's own bytes");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Attack3_LinksAtThePartialPaths_AreNeverWrittenThrough()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        var path = Path.Combine(folder, "out.bin");
        File.CreateSymbolicLink(path + "." + AssetId + ".partial", _victim);
        // A forged resume record (of the right asset, size and ETag) whose partial file is a link to the victim.
        var forged = Path.Combine(folder, ".out.bin.0123456789abcdef");
        File.CreateSymbolicLink(forged + ".flora-partial", _victim);
        await File.WriteAllTextAsync(forged + ".flora-resume", $"flora-partial 1\n{AssetId}\nout.bin\n{s_bytes.Length}\n%22v1%22\n{new FileInfo(_victim).Length}");
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(), host, new TestClock());

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal("the victim's own bytes", await File.ReadAllTextAsync(_victim));
        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Null(Assert.Single(host.Requests).Headers.Range);
    }

    [Fact]
    public async Task Attack3_LinkAtTheDestination_IsReplacedNotWrittenThrough()
    {
        var path = Path.Combine(_dir, "out.bin");
        File.CreateSymbolicLink(path, _victim);
        using var client = Client(Api(), new FakeDownloadHost(s_bytes), new TestClock());

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal("the victim's own bytes", await File.ReadAllTextAsync(_victim));
        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Attack4_PartialFileThisClientDidNotRecord_IsNeverResumed()
    {
        var path = Path.Combine(_dir, "out.bin");
        var foreign = Enumerable.Repeat((byte)0xEE, 1000).ToArray();
        // Another asset's file where the old scheme looked for this asset's partial file, and one in the new scheme's
        // form with no record.
        await File.WriteAllBytesAsync(path + "." + AssetId + ".partial", foreign);
        await File.WriteAllBytesAsync(Path.Combine(_dir, ".out.bin.0123456789abcdef.flora-partial"), foreign);
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(), host, new TestClock());

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
        Assert.Null(Assert.Single(host.Requests).Headers.Range);
    }

    [Theory]
    [InlineData("size")]
    [InlineData("length")]
    [InlineData("asset")]
    public async Task Attack4_KeptPartialWhoseRecordNoLongerFits_IsNotResumed(string changed)
    {
        var host = new FakeDownloadHost(s_bytes) { Stalls = 1 };
        var path = Path.Combine(_dir, "out.bin");
        using (var first = Client(Api(), host, new TestClock()))
        {
            await CancelHalfwayAsync(first, host, path);
        }

        var partial = Assert.Single(Directory.GetFiles(_dir, "*.flora-partial"));
        var record = Path.ChangeExtension(partial, ".flora-resume");
        var api = Api();
        switch (changed)
        {
            case "size": // the asset's bytes were replaced since: retrieve answers another size
                api = Api(sizeBytes: s_bytes.Length + 1);
                host.ServedLength = null;
                break;
            case "length": // someone appended to the partial file after the run stopped
                await File.AppendAllTextAsync(partial, "appended");
                break;
            case "asset": // a record naming another asset
                await File.WriteAllTextAsync(record, (await File.ReadAllTextAsync(record)).Replace(AssetId, "asset_other", StringComparison.Ordinal));
                break;
        }

        using var client = Client(api, host, new TestClock());
        var error = await Record.ExceptionAsync(() => client.Assets.DownloadFileAsync(AssetId, path));

        Assert.Null(host.Requests[^1].Headers.Range);
        if (changed != "size")
        {
            Assert.Null(error);
            Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
        }
    }

    [Fact]
    public async Task Attack10_206ToAGetWithoutRange_RefusedTypedAndNothingSaved()
    {
        using var client = Client(Api(sizeBytes: null), new PartOnlyHost(), new TestClock());
        var path = Path.Combine(_dir, "out.bin");

        var error = await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.DownloadFileAsync(AssetId, path));

        Assert.Equal(HttpStatusCode.PartialContent, error.StatusCode);
        Assert.Contains("206", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task Attack10_NoSizeBytesNoContentLength_StopsAtTheCap()
    {
        var host = new EndlessHost(ByteDownload.UnannouncedLimit + (1 << 20));
        using var client = Client(Api(sizeBytes: null), host, new TestClock());
        var destination = new CountingStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Contains(ByteDownload.UnannouncedLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.True(destination.Length <= ByteDownload.UnannouncedLimit, $"{destination.Length} bytes were written");
    }

    [Fact]
    public async Task LongLegalName_244Characters_Downloads()
    {
        var path = Path.Combine(_dir, new string('n', 240) + ".bin");
        using var client = Client(Api(), new FakeDownloadHost(s_bytes), new TestClock());

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
    }

    /// <summary>Answers every GET, ranged or not, with the first 1000 bytes as a 206.</summary>
    private sealed class PartOnlyHost : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.PartialContent) { RequestMessage = request, Content = new ByteArrayContent(s_bytes[..1000]) };
            response.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, 999, s_bytes.Length);
            return Task.FromResult(response);
        }
    }

    /// <summary>Answers with <paramref name="length"/> bytes and no Content-Length.</summary>
    private sealed class EndlessHost(long length) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StreamContent(new ZeroStream(length)) });
    }

    private sealed class ZeroStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            _left -= n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = (int)Math.Min(buffer.Length, _left);
            _left -= n;
            return ValueTask.FromResult(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A destination that keeps only a count.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
#endif

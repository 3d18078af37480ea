// .NET-only test APIs (temp directories, FakeDownloadHost): the net472 leg of Flora.Sdk.Tests.NetStandard skips these.
#if NET
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.Downloads;
using Flora.Sdk.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Flora.Sdk.Tests.Runs;

/// <summary>DownloadOutputsAsync against in-memory file hosts: names, extensions, text, unsafe ids, resume, short bodies and refused urls.</summary>
public sealed class RunOutputDownloadTests : IDisposable
{
    private const string Cdn = "https://cdn.flora.test/out/";
    private readonly string _parent = Directory.CreateTempSubdirectory("flora-runout-").FullName;
    private readonly string _dir;

    public RunOutputDownloadTests() => _dir = Path.Combine(_parent, "outputs");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private static RunOutput Output(string id, string type, string url) => new() { OutputId = id, Type = type, Url = url };

    private static Run Completed(params RunOutput[] outputs) => new() { RunId = "run_o1", Status = RunStatus.Completed, Progress = 1, Outputs = outputs };

    private static Func<HttpRequestMessage, HttpResponseMessage> File(byte[] bytes, string? contentType) => _ =>
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) };
        if (contentType is not null)
        {
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return response;
    };

    [Fact]
    public async Task DownloadOutputsAsync_UrlAndTextOutputs_WritesEachInOrderWithTheHostsExtensionAndNoFloraKey()
    {
        byte[] png = [1, 2, 3], mp4 = [4, 5], doc = [6];
        var api = new StubApi()
            .On(HttpMethod.Get, Cdn + "a", File(png, "image/png"))
            .On(HttpMethod.Get, Cdn + "b", File(mp4, "video/mp4; codecs=avc1"))
            .On(HttpMethod.Get, Cdn + "c", File(doc, "application/x-flora-unknown"))
            .On(HttpMethod.Get, Cdn + "d", File(doc, null));
        using var client = api.Client();
        var run = Completed(
            Output("image", "imageUrl", Cdn + "a"),
            Output("caption", "text", "héllo wörld"),
            Output("video", "videoUrl", Cdn + "b"),
            Output("doc", "documentUrl", Cdn + "c"),
            Output("raw", "audioUrl", Cdn + "d"));

        var paths = await client.Runs.DownloadOutputsAsync(run, _dir);

        string[] names = ["image.png", "caption.txt", "video.mp4", "doc.bin", "raw.bin"];
        Assert.Equal(names.Select(n => Path.Combine(_dir, n)), paths);
        Assert.Equal(png, System.IO.File.ReadAllBytes(paths[0]));
        Assert.Equal(Encoding.UTF8.GetBytes("héllo wörld"), System.IO.File.ReadAllBytes(paths[1]));
        Assert.Equal(mp4, System.IO.File.ReadAllBytes(paths[2]));
        Assert.Equal(names.Order(StringComparer.Ordinal), Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(4, api.Count);
        Assert.All(api.Requests, r =>
        {
            Assert.StartsWith(Cdn, r.Uri.AbsoluteUri, StringComparison.Ordinal);
            Assert.False(r.Headers.ContainsKey("Authorization"), "the FLORA key went to the file host");
            Assert.DoesNotContain(TestClient.ApiKey, string.Join(" ", r.Headers.Values), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task DownloadOutputsAsync_UnsafeAndDuplicateIds_StayInsideTheFolderWithDistinctNames()
    {
        var api = new StubApi().On(HttpMethod.Get, Cdn + "a", File([9], "image/png"));
        using var client = api.Client();
        string[] ids = ["../x", "a/b", "CON", "", "..", "/etc/passwd", "..\\..\\win", "img", "img", "IMG", "nul.txt", ".bashrc"];
        var outputs = ids.Select(id => Output(id, "text", "t:" + id)).Append(Output("../evil", "imageUrl", Cdn + "a")).Append(Output("img", "imageUrl", Cdn + "a"));

        var paths = await client.Runs.DownloadOutputsAsync(Completed([.. outputs]), _dir);

        Assert.Equal(ids.Length + 2, paths.Count);
        Assert.All(paths, p => Assert.Equal(_dir, Path.GetDirectoryName(p)));
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(paths.Count, Directory.GetFiles(_dir).Length);
        Assert.Equal(["outputs"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
        Assert.Equal("___x.txt", Path.GetFileName(paths[0]));
        Assert.Equal("a_b.txt", Path.GetFileName(paths[1]));
        Assert.Equal("output_CON.txt", Path.GetFileName(paths[2]));
        Assert.Equal("output_.txt", Path.GetFileName(paths[3]));
        Assert.Equal("img.txt", Path.GetFileName(paths[7]));
        Assert.Equal("img (1).txt", Path.GetFileName(paths[8]));
        Assert.Equal("IMG (2).txt", Path.GetFileName(paths[9]));
        Assert.Equal("img (3).png", Path.GetFileName(paths[^1]));
        Assert.Equal("t:img", System.IO.File.ReadAllText(paths[8]));
    }

    [Fact]
    public async Task DownloadOutputsAsync_ConnectionDropsHalfway_ResumesWithARangeAndWritesTheWholeFile()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 3)).ToArray();
        var host = new FakeDownloadHost(bytes) { Drops = 1, ContentType = "image/webp" };
        var clock = new TestClock();
        using var client = AssetDownloadTests.Client(new StubApi(), host, clock);

        var paths = await clock.RunAsync(client.Runs.DownloadOutputsAsync(Completed(Output("img", "imageUrl", Cdn + "img")), _dir));

        Assert.Equal(Path.Combine(_dir, "img.webp"), Assert.Single(paths));
        Assert.Equal(bytes, System.IO.File.ReadAllBytes(paths[0]));
        Assert.Equal(2, host.Requests.Count);
        Assert.Equal(bytes.Length / 2, host.Requests[1].Headers.Range!.Ranges.Single().From);
        Assert.All(host.Requests, r => Assert.Null(r.Headers.Authorization));
        Assert.Equal(["img.webp"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DownloadOutputsAsync_BodyShorterThanItsLength_FailsAndLeavesNoFile()
    {
        var api = new StubApi().On(HttpMethod.Get, Cdn + "a", _ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new MemoryStream(new byte[500])) };
            response.Content.Headers.ContentLength = 1000;
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            return response;
        });
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Runs.DownloadOutputsAsync(Completed(Output("img", "imageUrl", Cdn + "a")), _dir));

        Assert.Contains("received 500 bytes", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Theory]
    [InlineData("/out/a.png")]
    [InlineData("not a url")]
    [InlineData("ftp://cdn.flora.test/a.png")]
    [InlineData("http://cdn.flora.test/a.png")]
    [InlineData("file:///etc/passwd")]
    public async Task DownloadOutputsAsync_UrlNotHttpsOrLoopbackHttp_RefusedBeforeAnythingIsSentOrWritten(string url)
    {
        var api = new StubApi().On(HttpMethod.Get, Cdn + "a", File([1], "image/png"));
        using var client = api.Client();
        var run = Completed(Output("ok", "imageUrl", Cdn + "a"), Output("bad", "imageUrl", url));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Runs.DownloadOutputsAsync(run, _dir));

        Assert.Equal("run", ex.ParamName);
        Assert.Contains("Output 'bad' (imageUrl) of run 'run_o1'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, api.Count);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public async Task DownloadOutputsAsync_HttpOnLoopback_IsFetched()
    {
        var api = new StubApi();
        api.Handler.When(HttpMethod.Get, "http://127.0.0.1:5999/files/a").Respond(File([7, 7], "audio/mpeg"));
        using var client = api.Client();

        var paths = await client.Runs.DownloadOutputsAsync(Completed(Output("voice", "audioUrl", "http://127.0.0.1:5999/files/a")), _dir);

        Assert.Equal("voice.mp3", Path.GetFileName(Assert.Single(paths)));
        Assert.Equal([7, 7], System.IO.File.ReadAllBytes(paths[0]));
    }

    [Fact]
    public async Task DownloadOutputsAsync_NoOutputs_CreatesTheFolderAndReturnsNothing()
    {
        using var client = new StubApi().Client();

        var paths = await client.Runs.DownloadOutputsAsync(Completed(), Path.Combine(_dir, "nested"));

        Assert.Empty(paths);
        Assert.True(Directory.Exists(Path.Combine(_dir, "nested")));
    }

    [Fact]
    public async Task DownloadOutputsAsync_BadArguments_ThrowBeforeSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        Assert.Equal("run", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.Runs.DownloadOutputsAsync(null!, _dir))).ParamName);
        Assert.Equal("folder", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.Runs.DownloadOutputsAsync(Completed(), null!))).ParamName);
        Assert.Equal("folder", (await Assert.ThrowsAsync<ArgumentException>(() => client.Runs.DownloadOutputsAsync(Completed(), "  "))).ParamName);
        Assert.Equal(0, api.Count);
    }
}
#endif

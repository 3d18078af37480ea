// .NET-only test APIs (Memory overloads, TaskCompletionSource, temp directories): the net472 leg of
// Flora.Sdk.Tests.NetStandard skips these; its net10.0 leg runs them against the netstandard2.0 build.
#if NET
using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Downloads;

/// <summary>
/// <see cref="IAssetService.DownloadAsync"/> and <see cref="IAssetService.DownloadFileAsync"/> against an in-memory
/// API (the retrieve) and an in-memory host for the asset's url (<see cref="FakeDownloadHost"/>), on a fake clock.
/// </summary>
public sealed class AssetDownloadTests : IDisposable
{
    internal const string AssetId = "asset_d1";
    internal const string FileUrl = "https://cdn.flora.test/files/asset_d1.bin";
    internal static readonly byte[] s_bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
    private readonly string _dir = Directory.CreateTempSubdirectory("flora-dl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task DownloadAsync_HostServesWhole_WritesEveryByteAndReportsProgress()
    {
        var host = new FakeDownloadHost(s_bytes);
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        var progress = new Recorded();
        using var destination = new MemoryStream();

        var asset = await client.Assets.DownloadAsync(AssetId, destination, new AssetDownloadParams { Progress = progress });

        Assert.Equal(AssetId, asset.AssetId);
        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal(s_bytes.Length, progress.Values[^1]);
        Assert.True(progress.Values.SequenceEqual(progress.Values.Order()), "progress went backwards");
        var request = Assert.Single(host.Requests);
        Assert.Equal(FileUrl, request.RequestUri!.AbsoluteUri);
        Assert.Null(request.Headers.Range);
    }

    [Fact]
    public async Task DownloadAsync_CallerHasDefaultHeadersAndCookies_DownloadRequestCarriesNone()
    {
        var host = new FakeDownloadHost(s_bytes);
        var api = Api();
        var cookies = new System.Net.CookieContainer();
        cookies.Add(new Uri(FileUrl), new Cookie("session", "caller-cookie"));
        using var http = new HttpClient(api.Handler);
        http.DefaultRequestHeaders.Add("X-Caller-Header", "caller");
        http.DefaultRequestHeaders.Add("Cookie", "session=caller-cookie");
        using var client = new FloraClient(http, Options(host, new TestClock()));
        using var destination = new MemoryStream();

        await client.Assets.DownloadAsync(AssetId, destination);

        var request = Assert.Single(host.Requests);
        Assert.False(request.Headers.Contains("Authorization"), "the FLORA key went to the download host");
        Assert.False(request.Headers.Contains("X-Caller-Header"), "a caller default header went to the download host");
        Assert.False(request.Headers.Contains("Cookie"), "a cookie went to the download host");
        Assert.DoesNotContain(TestClient.ApiKey, request.Headers.ToString(), StringComparison.Ordinal);
        Assert.Contains(api.Requests, r => r.Uri.AbsolutePath.EndsWith("/assets/asset_d1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadAsync_ConnectionDropsHalfway_ResumesWithRangeAndIfRange()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1 };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        using var destination = new MemoryStream();

        await clock.RunAsync(client.Assets.DownloadAsync(AssetId, destination));

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal(2, host.Requests.Count);
        var resume = host.Requests[1];
        Assert.Equal(s_bytes.Length / 2, resume.Headers.Range!.Ranges.Single().From);
        Assert.Null(resume.Headers.Range.Ranges.Single().To);
        Assert.Equal("\"v1\"", resume.Headers.IfRange!.EntityTag!.Tag);
    }

    [Fact]
    public async Task DownloadAsync_DropsMoreTimesThanRetriesButEachMovesOn_StillCompletes()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 4 };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock, o => o.MaxRetries = 1);
        using var destination = new MemoryStream();

        await clock.RunAsync(client.Assets.DownloadAsync(AssetId, destination));

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal(5, host.Requests.Count);
    }

    [Fact]
    public async Task DownloadAsync_HostWithoutETag_ResumesWithRangeOnly()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1, ETag = null };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        using var destination = new MemoryStream();

        await clock.RunAsync(client.Assets.DownloadAsync(AssetId, destination));

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.NotNull(host.Requests[1].Headers.Range);
        Assert.Null(host.Requests[1].Headers.IfRange);
    }

    [Fact]
    public async Task DownloadAsync_HostIgnoresRanges_StartsOverOnASeekableStream()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1, SupportsRanges = false };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        using var destination = new MemoryStream();
        destination.Write([9, 9, 9]);
        var progress = new Recorded();

        await clock.RunAsync(client.Assets.DownloadAsync(AssetId, destination, new AssetDownloadParams { Progress = progress }));

        Assert.Equal([9, 9, 9, .. s_bytes], destination.ToArray());
        Assert.NotNull(host.Requests[1].Headers.Range);
        Assert.Contains(0L, progress.Values);
    }

    [Fact]
    public async Task DownloadAsync_ETagChanged_StartsOver()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1 };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        using var destination = new MemoryStream();

        var download = client.Assets.DownloadAsync(AssetId, destination);
        await clock.RunAsync(download, async _ =>
        {
            host.ETag = "\"v2\"";
            await Task.CompletedTask;
        });

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal("\"v1\"", host.Requests[1].Headers.IfRange!.EntityTag!.Tag);
    }

    [Fact]
    public async Task DownloadAsync_HostIgnoresRangesNonSeekableDestination_ThrowsSayingWhatToPass()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1, SupportsRanges = false };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);
        await using var destination = new ForwardOnlyStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => clock.RunAsync(client.Assets.DownloadAsync(AssetId, destination)));

        Assert.Contains("seekable", error.Message, StringComparison.Ordinal);
        Assert.Contains("DownloadFileAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_HostSendsFewerBytesThanSizeBytes_ThrowsNamingBoth()
    {
        var host = new FakeDownloadHost(s_bytes) { ServedLength = 1000 };
        using var client = Client(Api(sizeBytes: 1200), host, new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
        Assert.Contains("1200", error.Message, StringComparison.Ordinal);
        Assert.Contains("size_bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_HostSendsMoreBytesThanSizeBytes_Throws()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(sizeBytes: 1000), host, new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_NoSizeBytes_ChecksAgainstContentLength()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(sizeBytes: null), host, new TestClock());
        using var destination = new MemoryStream();

        await client.Assets.DownloadAsync(AssetId, destination);

        Assert.Equal(s_bytes, destination.ToArray());
    }

    [Fact]
    public async Task DownloadAsync_RedirectToHttpOnAnotherHost_RefusedWithoutFollowing()
    {
        var host = new FakeDownloadHost(s_bytes);
        host.Redirects[FileUrl] = "http://cdn.elsewhere.test/file.bin";
        using var client = Client(Api(), host, new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Contains("http://cdn.elsewhere.test", error.Message, StringComparison.Ordinal);
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task DownloadAsync_RedirectToHttps_FollowedWithNoFloraHeaders()
    {
        const string Moved = "https://storage.elsewhere.test/blob/1";
        var host = new FakeDownloadHost(s_bytes);
        host.Redirects[FileUrl] = Moved;
        using var client = Client(Api(), host, new TestClock());
        using var destination = new MemoryStream();

        await client.Assets.DownloadAsync(AssetId, destination);

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal(Moved, host.Requests[1].RequestUri!.AbsoluteUri);
        Assert.False(host.Requests[1].Headers.Contains("Authorization"));
    }

    [Fact]
    public async Task DownloadAsync_EndlessRedirects_StopsAfterTheLimit()
    {
        var host = new FakeDownloadHost(s_bytes);
        host.Redirects[FileUrl] = FileUrl;
        using var client = Client(Api(), host, new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Contains("redirected", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, host.Requests.Count);
    }

    [Fact]
    public async Task DownloadAsync_AssetProcessing_ThrowsNotReadyBeforeFetching()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(status: "processing"), host, new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Equal(AssetId, error.AssetId);
        Assert.Equal("processing", error.LastStatus.ToString());
        Assert.Contains("WaitForReadyAsync", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task DownloadAsync_ReadyWithoutUrl_ThrowsBeforeFetching()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(url: null), host, new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Contains(AssetId, error.Message, StringComparison.Ordinal);
        Assert.Contains("no url", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task DownloadAsync_AssetFailed_ThrowsAssetFailed()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(status: "failed"), host, new TestClock());
        using var destination = new MemoryStream();

        await Assert.ThrowsAsync<FloraAssetFailedException>(() => client.Assets.DownloadAsync(AssetId, destination));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task DownloadAsync_UrlIsPlainHttp_Refused()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(url: "http://cdn.flora.test/file"), host, new TestClock());
        using var destination = new MemoryStream();

        await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadAsync(AssetId, destination));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task DownloadAsync_HostAnswers404_ThrowsStorageHostExceptionAboutTheDownload()
    {
        using var client = Client(Api(), new NotFoundHost(), new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("download", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_HostRefusesWithRetryAfter_ThrowsTheSendLoopsExceptionUnchanged()
    {
        // The downloader used to rebuild the send loop's exception to reword it, and dropped RetryAfter on the way.
        using var client = Client(Api(), new ForbiddenHost(), new TestClock());
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.DownloadAsync(AssetId, destination));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal("signature expired", error.ResponseBody);
        Assert.Contains("may have expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAsync_InvalidArguments_ThrowBeforeAnyRequest()
    {
        var api = Api();
        using var client = Client(api, new FakeDownloadHost(s_bytes), new TestClock());

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Assets.DownloadAsync(AssetId, null!));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Assets.DownloadAsync(" ", new MemoryStream()));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Assets.DownloadAsync(AssetId, new MemoryStream([], writable: false)));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Assets.DownloadFileAsync(AssetId, " "));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task DownloadFileAsync_Succeeds_RenamesAndLeavesNoPartial()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(), host, new TestClock());
        var path = Path.Combine(_dir, "out.bin");
        await File.WriteAllTextAsync(path, "old");

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
        Assert.Equal(["out.bin"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DownloadFileAsync_LengthMismatch_LeavesNothingAtTheDestinationNorAPartial()
    {
        var host = new FakeDownloadHost(s_bytes) { ServedLength = 1000 };
        using var client = Client(Api(sizeBytes: 1200), host, new TestClock());
        var path = Path.Combine(_dir, "out.bin");

        await Assert.ThrowsAsync<FloraException>(() => client.Assets.DownloadFileAsync(AssetId, path));

        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task DownloadFileAsync_CancelledHalfway_NothingAtTheDestination_RerunResumesThePartial()
    {
        var host = new FakeDownloadHost(s_bytes) { Stalls = 1 };
        using var client = Client(Api(), host, new TestClock());
        var path = Path.Combine(_dir, "out.bin");

        await CancelHalfwayAsync(client, host, path);

        Assert.False(File.Exists(path));
        var partial = Assert.Single(Directory.GetFiles(_dir, "*.flora-partial"));
        Assert.Matches(@"^\.out\.bin\.[0-9a-f]{16}\.flora-partial$", Path.GetFileName(partial));
        Assert.Equal(s_bytes.Length / 2, new FileInfo(partial).Length);
        Assert.Single(Directory.GetFiles(_dir, "*.flora-resume"));

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal(s_bytes, await File.ReadAllBytesAsync(path));
        Assert.Equal(s_bytes.Length / 2, host.Requests[1].Headers.Range!.Ranges.Single().From);
        Assert.Equal("\"v1\"", host.Requests[1].Headers.IfRange!.EntityTag!.Tag);
        Assert.Equal(["out.bin"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task DownloadFileAsync_KeptPartialLongerThanTheHostsBytes_HostAnswers416_StartsOver()
    {
        var host = new FakeDownloadHost(s_bytes) { Stalls = 1 };
        using var client = Client(Api(sizeBytes: null), host, new TestClock());
        var path = Path.Combine(_dir, "out.bin");
        await CancelHalfwayAsync(client, host, path);
        host.ServedLength = 100_000;

        await client.Assets.DownloadFileAsync(AssetId, path);

        Assert.Equal(s_bytes.AsSpan(0, 100_000).ToArray(), await File.ReadAllBytesAsync(path));
        Assert.Equal(3, host.Requests.Count);
        Assert.Null(host.Requests[2].Headers.Range);
    }

    [Fact]
    public async Task DownloadFileAsync_CancelledHostWithoutETag_KeepsNothingToResume()
    {
        var host = new FakeDownloadHost(s_bytes) { Stalls = 1, ETag = null };
        using var client = Client(Api(), host, new TestClock());
        var path = Path.Combine(_dir, "out.bin");

        await CancelHalfwayAsync(client, host, path);

        Assert.Empty(Directory.GetFiles(_dir));
    }

    /// <summary>Starts a download whose host stalls halfway, and cancels it there.</summary>
    internal static async Task CancelHalfwayAsync(FloraClient client, FakeDownloadHost host, string path)
    {
        using var cancel = new CancellationTokenSource();
        var first = client.Assets.DownloadFileAsync(AssetId, path, cancellationToken: cancel.Token);
        await host.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    internal static StubApi Api(string status = "ready", string? url = FileUrl, long? sizeBytes = -1)
    {
        var size = sizeBytes == -1 ? s_bytes.Length : sizeBytes;
        var json = $$"""
            {"asset_id":"{{AssetId}}","status":"{{status}}","workspace_id":"ws_1"{{(url is null ? "" : $",\"url\":\"{url}\"")}}{{(size is null ? "" : $",\"size_bytes\":{size}")}}}
            """;
        return new StubApi().On(HttpMethod.Get, "assets/" + AssetId, Reply.Json(json));
    }

    internal static FloraClient Client(StubApi api, HttpMessageHandler host, TestClock clock, Action<FloraClientOptions>? configure = null)
    {
        var options = Options(host, clock);
        configure?.Invoke(options);
        return new FloraClient(new HttpClient(api.Handler), options);
    }

    private static FloraClientOptions Options(HttpMessageHandler host, TestClock clock) => new()
    {
        ApiKey = TestClient.ApiKey,
        BaseUrl = new Uri(TestClient.BaseUrl),
        TimeProvider = clock,
        Timeout = Timeout.InfiniteTimeSpan,
        StorageHandler = host,
    };

    private sealed class Recorded : IProgress<long>
    {
        public List<long> Values { get; } = [];

        public void Report(long value)
        {
            lock (Values)
            {
                Values.Add(value);
            }
        }
    }

    private sealed class ForbiddenHost : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { RequestMessage = request, Content = new StringContent("signature expired") };
            response.Headers.TryAddWithoutValidation("Retry-After", "7");
            return Task.FromResult(response);
        }
    }

    private sealed class NotFoundHost : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent("no such blob") });
    }

    /// <summary>A destination that can only be written forwards, like a network stream.</summary>
    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
#endif

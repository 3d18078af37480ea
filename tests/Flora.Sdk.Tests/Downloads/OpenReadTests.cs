// .NET-only test APIs (Memory overloads, TaskCompletionSource): the net472 leg of Flora.Sdk.Tests.NetStandard skips these.
#if NET
using System.Net;
using Flora.Sdk.Tests.TestSupport;
using static Flora.Sdk.Tests.Downloads.AssetDownloadTests;

namespace Flora.Sdk.Tests.Downloads;

/// <summary>
/// <see cref="IAssetService.OpenReadAsync"/> and its raw twin against the in-memory API and storage host: the bytes
/// stream through the download's transport and rules, and a plain stream does not resume.
/// </summary>
public sealed class OpenReadTests
{
    [Fact]
    public async Task OpenReadAsync_HostServesWhole_StreamsEveryByteFromTheAssetsUrl()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(), host, new TestClock());

        await using var stream = await client.Assets.OpenReadAsync(AssetId);
        using var read = new MemoryStream();
        await stream.CopyToAsync(read);

        Assert.Equal(s_bytes, read.ToArray());
        Assert.False(stream.CanSeek);
        var request = Assert.Single(host.Requests);
        Assert.Equal(FileUrl, request.RequestUri!.AbsoluteUri);
        Assert.Null(request.Headers.Range);
    }

    [Fact]
    public async Task OpenReadAsync_Raw_CarriesTheHostsStatusAndHeadersAfterARedirect()
    {
        var host = new FakeDownloadHost(s_bytes) { ContentType = "image/png", ETag = "\"v9\"" };
        host.Redirects[FileUrl] = "https://cdn.flora.test/files/moved.bin";
        using var client = Client(RawDownloadTests.RetrieveWithRequestId(), host, new TestClock());

        var answer = await client.Assets.WithRawResponse.OpenReadAsync(AssetId);
        await using var stream = answer.Value;
        using var read = new MemoryStream();
        await stream.CopyToAsync(read);

        Assert.Equal(s_bytes, read.ToArray());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("\"v9\"", answer.Headers.ETag?.Tag);
        Assert.Equal("image/png", answer.ContentHeaders?.ContentType?.MediaType);
        Assert.Equal(s_bytes.Length, answer.ContentHeaders?.ContentLength);
        Assert.Null(answer.RequestId);
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task OpenReadAsync_CallerHasDefaultHeadersAndCookies_StorageRequestCarriesNone()
    {
        var host = new FakeDownloadHost(s_bytes);
        host.Redirects[FileUrl] = "https://cdn.flora.test/files/moved.bin";
        var api = Api();
        using var http = new HttpClient(api.Handler);
        http.DefaultRequestHeaders.Add("X-Caller-Header", "caller");
        http.DefaultRequestHeaders.Add("Cookie", "session=caller-cookie");
        using var client = new FloraClient(http, new FloraClientOptions
        {
            ApiKey = TestClient.ApiKey,
            BaseUrl = new Uri(TestClient.BaseUrl),
            TimeProvider = new TestClock(),
            StorageHandler = host,
        });

        var perCall = new RequestOptions();
        perCall.Headers["X-Per-Call"] = "caller";
        await using (var stream = await client.Assets.OpenReadAsync(AssetId, perCall))
        {
            await stream.CopyToAsync(Stream.Null);
        }

        Assert.Equal(2, host.Requests.Count);
        foreach (var request in host.Requests)
        {
            Assert.False(request.Headers.Contains("Authorization"), "the FLORA key went to the storage host");
            Assert.False(request.Headers.Contains("X-Caller-Header"), "a caller default header went to the storage host");
            Assert.False(request.Headers.Contains("X-Per-Call"), "a per-call header went to the storage host");
            Assert.False(request.Headers.Contains("Cookie"), "a cookie went to the storage host");
            Assert.DoesNotContain(TestClient.ApiKey, request.Headers.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenReadAsync_HostAnswers404_ThrowsTheDownloadsHostException()
    {
        using var client = Client(Api(), new StatusHost(HttpStatusCode.NotFound), new TestClock());

        var refused = await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.OpenReadAsync(AssetId));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains($"download of asset '{AssetId}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenReadAsync_HttpUrlOnAPublicHost_RefusedWithoutFetching()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(url: "http://cdn.flora.test/a.bin"), host, new TestClock());

        var refused = await Assert.ThrowsAsync<FloraException>(() => client.Assets.OpenReadAsync(AssetId));

        Assert.Contains("https", refused.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task OpenReadAsync_AssetNotReady_ThrowsNotReadyWithoutFetching()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(status: "processing"), host, new TestClock());

        await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => client.Assets.OpenReadAsync(AssetId));

        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task OpenReadAsync_ConnectionDropsHalfway_ReadThrowsConnectionExceptionAndDoesNotResume()
    {
        var host = new FakeDownloadHost(s_bytes) { Drops = 1 };
        using var client = Client(Api(), host, new TestClock());

        await using var stream = await client.Assets.OpenReadAsync(AssetId);
        var dropped = await Assert.ThrowsAsync<FloraConnectionException>(() => stream.CopyToAsync(Stream.Null));

        Assert.Contains("does not resume", dropped.Message, StringComparison.Ordinal);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task OpenReadAsync_HostStallsMidBody_ReadTimesOutAfterTheIdleTimeout()
    {
        var host = new FakeDownloadHost(s_bytes) { Stalls = 1 };
        var clock = new TestClock();
        using var client = Client(Api(), host, clock);

        await using var stream = await client.Assets.OpenReadAsync(AssetId, new RequestOptions { Timeout = TimeSpan.FromSeconds(5) });
        var timedOut = await Assert.ThrowsAsync<FloraTimeoutException>(() => clock.RunAsync(stream.CopyToAsync(Stream.Null)));

        Assert.IsType<TimeoutException>(timedOut.InnerException);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task OpenReadAsync_HostSendsMoreThanSizeBytes_ReadThrows()
    {
        var host = new FakeDownloadHost(s_bytes);
        using var client = Client(Api(sizeBytes: s_bytes.Length - 10), host, new TestClock());

        await using var stream = await client.Assets.OpenReadAsync(AssetId);
        var refused = await Assert.ThrowsAsync<FloraException>(() => stream.CopyToAsync(Stream.Null));

        Assert.Contains("its length is", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenReadAsync_Disposed_DisposesTheHostsBody()
    {
        var body = new TrackedStream(s_bytes);
        using var client = Client(Api(), new StatusHost(HttpStatusCode.OK, body), new TestClock());

        var stream = await client.Assets.OpenReadAsync(AssetId);
        Assert.False(body.Disposed, "the body was closed before the caller read it");
        await stream.DisposeAsync();

        Assert.True(body.Disposed);
    }

    private sealed class StatusHost(HttpStatusCode status, Stream? body = null) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status)
            {
                RequestMessage = request,
                Content = body is null ? new StringContent("no such blob") : new StreamContent(body),
            });
    }

    private sealed class TrackedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
#endif

using System.Net;
using System.Net.Http.Headers;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// The upload host sees only what the reservation asks for: the bytes of a signed upload go through the SDK's own
/// transport, so a caller's <see cref="HttpClient"/> default headers (an <c>Authorization</c> of its own, a custom
/// header), its cookies and redirects never reach the external host; API calls still carry the SDK's key. Real sockets
/// on loopback, since cookies and redirects are the handler's doing.
/// </summary>
public sealed class StorageHostIsolationTests
{
    private const string CallerToken = "caller-own-token-4b1d";
    private const string CallerHeader = "X-Caller-Tenant";
    private static readonly byte[] s_bytes = "isolated upload bytes"u8.ToArray();

    [Fact]
    public async Task UploadAsync_CallerHttpClientWithDefaultHeadersAndCookies_UploadRequestCarriesNoneOfThem()
    {
        await using var upload = LoopbackServer.Answering(204, "");
        await using var api = FakeApi(upload);
        var cookies = CookiesFor(api.Url, upload.Url);
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CallerToken);
        http.DefaultRequestHeaders.Add(CallerHeader, "tenant-1");
        using var client = new FloraClient(http, TestClients.Options(new Uri(api.Url, "api/v1/")));

        var done = await client.Assets.UploadAsync(new MemoryStream(s_bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });

        Assert.Equal(AssetStatus.Ready, done.Status);
        AssertUploadIsolated(Assert.Single(upload.Requests));
        AssertApiCallsCarryTheSdkKey(api.Requests);

        // The caller's client is still the caller's: its cookies and custom header do go to the API (they are not ours to drop).
        Assert.All(api.Requests, r => Assert.Equal("tenant-1", r.Header(CallerHeader)));
        Assert.All(api.Requests, r => Assert.Contains("session=caller", r.Header("Cookie"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadAsync_UnderAddFloraClientWithDefaultHeadersAndCookies_UploadGoesThroughItsOwnPool()
    {
        await using var upload = LoopbackServer.Answering(204, "");
        await using var api = FakeApi(upload);
        var cookies = CookiesFor(api.Url, upload.Url);
        var seenByApiPipeline = new List<Uri>();
        var services = new ServiceCollection();
        services.AddFloraClient(o =>
            {
                o.ApiKey = TestClients.ApiKey;
                o.BaseUrl = new Uri(api.Url, "api/v1/");
                o.MaxRetries = 0;
            })
            .ConfigureHttpClient(c =>
            {
                c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CallerToken);
                c.DefaultRequestHeaders.Add(CallerHeader, "tenant-1");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true })
            .AddHttpMessageHandler(() => new ObservingHandler(seenByApiPipeline));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IFloraClient>();

        var done = await client.Assets.UploadAsync(new MemoryStream(s_bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });

        Assert.Equal(AssetStatus.Ready, done.Status);
        AssertUploadIsolated(Assert.Single(upload.Requests));
        AssertApiCallsCarryTheSdkKey(api.Requests);

        // The API client's handler chain saw the API calls only: the upload went through another pipeline and pool.
        Assert.Equal(api.Requests.Count, seenByApiPipeline.Count);
        Assert.DoesNotContain(seenByApiPipeline, u => u.Port == upload.Port);
    }

    [Fact]
    public async Task UploadAsync_StorageHostRedirectsElsewhere_BodyNotFollowed_FailsWithStorageHostException()
    {
        await using var elsewhere = LoopbackServer.Answering(204, "");
        await using var upload = LoopbackServer.Answering(307, "", ("Location", $"http://localhost:{elsewhere.Port}/bucket/asset_1"));
        await using var api = FakeApi(upload);
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/")));

        var ex = await Assert.ThrowsAsync<FloraStorageHostException>(() =>
            client.Assets.UploadAsync(new MemoryStream(s_bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, ex.StatusCode);
        Assert.Single(upload.Requests);
        Assert.Empty(elsewhere.Requests);
        Assert.DoesNotContain(api.Requests, r => r.Target.EndsWith("/complete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadAsync_StorageHandlerOption_BytesGoThroughIt_WithoutTheCallersDefaultHeaders()
    {
        await using var upload = LoopbackServer.Answering(204, "");
        await using var api = FakeApi(upload);
        var seen = new List<Uri>();
        using var uploadHandler = new ObservingHandler(seen) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add(CallerHeader, "tenant-1");
        using var client = new FloraClient(http, TestClients.Options(new Uri(api.Url, "api/v1/"), o => o.StorageHandler = uploadHandler));

        await client.Assets.UploadAsync(new MemoryStream(s_bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });

        Assert.Equal(upload.Port, Assert.Single(seen).Port);
        AssertUploadIsolated(Assert.Single(upload.Requests));
    }

    /// <summary>FLORA on loopback: create reserves an upload to <paramref name="upload"/>, complete answers ready.</summary>
    private static LoopbackServer FakeApi(LoopbackServer upload) => LoopbackServer.Start((request, stream, ct) =>
        request.Target.EndsWith("/complete", StringComparison.Ordinal)
            ? LoopbackServer.WriteResponseAsync(stream, 200, """{"asset_id":"asset_1","status":"ready"}""", ct)
            : LoopbackServer.WriteResponseAsync(
                stream, 201, $$$"""{"asset_id":"asset_1","status":"pending_upload","upload":{"url":"{{{upload.Url}}}bucket/asset_1","method":"POST","form_fields":{"key":"k"} } }""", ct));

    /// <summary>Cookies the caller's container would send to both hosts (cookies ignore the port).</summary>
    private static CookieContainer CookiesFor(params Uri[] hosts)
    {
        var cookies = new CookieContainer();
        foreach (var host in hosts)
        {
            cookies.Add(host, new Cookie("session", "caller"));
        }

        return cookies;
    }

    private static void AssertUploadIsolated(LoopbackRequest sent)
    {
        Assert.Equal("POST", sent.Method);
        Assert.False(sent.HasHeader("Authorization"), "the upload carried Authorization: " + sent.Header("Authorization"));
        Assert.False(sent.HasHeader(CallerHeader), "the upload carried the caller's default header");
        Assert.False(sent.HasHeader("Cookie"), "the upload carried cookies: " + sent.Header("Cookie"));
        Assert.All(sent.Headers, h => Assert.DoesNotContain(TestClients.ApiKey, h.Value, StringComparison.Ordinal));
        Assert.All(sent.Headers, h => Assert.DoesNotContain(CallerToken, h.Value, StringComparison.Ordinal));
        Assert.Contains("isolated upload bytes", System.Text.Encoding.Latin1.GetString(sent.Body), StringComparison.Ordinal);
    }

    private static void AssertApiCallsCarryTheSdkKey(IReadOnlyList<LoopbackRequest> apiRequests)
    {
        Assert.Equal(2, apiRequests.Count);
        Assert.All(apiRequests, r => Assert.Equal("Bearer " + TestClients.ApiKey, r.Header("Authorization")));
    }

    private sealed class ObservingHandler(List<Uri> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(request.RequestUri!);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}

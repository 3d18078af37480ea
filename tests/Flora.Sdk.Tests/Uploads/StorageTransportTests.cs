using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>The upload host's transport: no cookies, no redirects, and a caller's handler is the caller's to dispose.</summary>
public class StorageTransportTests
{
    [Fact]
    public void CreateHandler_FollowsNoRedirectsAndKeepsNoCookies()
    {
        using var handler = StorageTransport.CreateHandler();

        switch (handler)
        {
#if NET
            case SocketsHttpHandler sockets:
                Assert.False(sockets.AllowAutoRedirect);
                Assert.False(sockets.UseCookies);

                // A pooled connection lives a bounded time, so a DNS change of the upload host is seen.
                Assert.Equal(TimeSpan.FromMinutes(5), sockets.PooledConnectionLifetime);
                break;
#endif
            case HttpClientHandler client:
                Assert.False(client.AllowAutoRedirect);
                Assert.False(client.UseCookies);
                break;
            default:
                Assert.Fail($"Unexpected handler {handler.GetType()}");
                break;
        }
    }

    [Fact]
    public void Over_DisposingTheInvoker_LeavesTheCallersHandlerUndisposed()
    {
        using var handler = new CountingHandler();
        var invoker = StorageTransport.Over(handler);

        invoker.Dispose();

        Assert.Equal(0, handler.Disposals);
    }

#if NET
    // Reads the invoker's private handler field (found by its type): the handler is otherwise unreachable. .NET only,
    // where the field's shape is known; the rule is the same on every target.
    [Fact]
    public async Task Create_DisposingTheInvoker_ReleasesItsOwnHandler()
    {
        var invoker = StorageTransport.Create();
        var handler = (HttpMessageHandler)typeof(HttpMessageInvoker)
            .GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Single(f => f.FieldType == typeof(HttpMessageHandler))
            .GetValue(invoker)!;

        invoker.Dispose();

        using var probe = new HttpMessageInvoker(handler, disposeHandler: false);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => probe.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:9/"), CancellationToken.None));
    }
#endif

    [Fact]
    public async Task Over_SendsThroughTheCallersHandler()
    {
        using var handler = new CountingHandler();
        using var invoker = StorageTransport.Over(handler);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Put, "https://upload.test/x"), CancellationToken.None);

        Assert.Equal(1, handler.Sends);
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Sends { get; private set; }

        public int Disposals { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sends++;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }

        protected override void Dispose(bool disposing)
        {
            Disposals++;
            base.Dispose(disposing);
        }
    }
}

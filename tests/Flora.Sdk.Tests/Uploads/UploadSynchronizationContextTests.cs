using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// The upload paths do not resume on the caller's SynchronizationContext (a UI thread blocking on the call would
/// deadlock): each call starts under a counting context and its first request fails, so every await pending during that
/// retry wait (router, path and first step) would be posted to the context had it captured it. Later resumptions run on
/// the pool, where the context is not current, so the awaits of later steps are not checked here.
/// </summary>
public class UploadSynchronizationContextTests
{
    private const string Target = "https://upload.test/bucket/ctx";

    private static readonly long s_now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static Func<HttpRequestMessage, HttpResponseMessage> Busy() => Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy");

    private static Func<HttpRequestMessage, HttpResponseMessage> Lost() => Reply.Throw(new HttpRequestException("The response ended prematurely."));

    private static Func<HttpRequestMessage, HttpResponseMessage> Duplicate() => Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "already processed");

    private static Func<HttpRequestMessage, HttpResponseMessage> Listed(string id, string status, string via) => Reply.Json($$$"""
        {"assets":[{"asset_id":"{{{id}}}","name":"product.png","content_type":"image/png","status":"{{{status}}}","uploaded_via":"{{{via}}}","workspace_id":"ws_1","created_at":{{{s_now}}}}],"meta":{"next_cursor":null}}
        """);

    private static Func<HttpRequestMessage, HttpResponseMessage> Reservation(string id, string expiresAt = "2000-01-01T01:00:00Z") =>
        Reply.Json($$"""{"asset_id":"{{id}}","status":"pending_upload","expires_at":"{{expiresAt}}","upload":{"method":"POST","url":"{{Target}}","form_fields":{} } }""");

    private static Func<HttpRequestMessage, HttpResponseMessage> Asset(string id, string status) => Reply.Json($$"""{"asset_id":"{{id}}","status":"{{status}}"}""");

    [Fact]
    public async Task UploadAsync_SignedAfterALostCreate_NeverResumesOnTheCallersContext()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, "assets", Busy(), Listed("asset_c", "pending_upload", "signed_url"))
            .On(HttpMethod.Post, "assets/asset_c/retry", Busy(), Reservation("asset_c"))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_c/complete", Busy(), Asset("asset_c", "processing"))
            .On(HttpMethod.Get, "assets/asset_c", Busy(), Asset("asset_c", "processing"), Asset("asset_c", "ready"));

        var (asset, posts) = await RunAsync(api, client => client.Assets.UploadAsync(
            new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", Path = AssetUploadPath.SignedUrl, WaitForReady = true }));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task UploadAsync_SignedWithAnExpiredReservation_NeverResumesOnTheCallersContext()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Busy(), Reservation("asset_e", expiresAt: "1999-12-31T23:00:00Z"))
            .On(HttpMethod.Post, "assets/asset_e/retry", Busy(), Reservation("asset_e"))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_e/complete", Asset("asset_e", "ready"));

        var (asset, posts) = await RunAsync(api, client => client.Assets.UploadAsync(
            new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", Path = AssetUploadPath.SignedUrl }));

        Assert.Equal("asset_e", asset.AssetId);
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task UploadAsync_DirectAfterALostCreate_NeverResumesOnTheCallersContext()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, "assets", Busy(), Listed("asset_d", "pending_upload", "direct"))
            .On(HttpMethod.Get, "assets/asset_d", Busy(), Asset("asset_d", "processing"), Asset("asset_d", "ready"));

        var (asset, posts) = await RunAsync(api, client => client.Assets.UploadAsync(
            new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", WaitForReady = true }));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task UploadAsync_Direct415FallsBack_NeverResumesOnTheCallersContext()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Busy(), Reply.Error(HttpStatusCode.UnsupportedMediaType, "input_validation_error", "no direct uploads"), Busy(), Reservation("asset_f"))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, "assets/asset_f/complete", Asset("asset_f", "ready"));

        var (asset, posts) = await RunAsync(api, client => client.Assets.UploadAsync(
            new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png" }));

        Assert.Equal("asset_f", asset.AssetId);
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task UploadFromUrlAsync_AfterALostCreate_NeverResumesOnTheCallersContext()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Lost(), Duplicate())
            .On(HttpMethod.Get, "assets", Busy(), Listed("asset_u", "pending_upload", "url"))
            .On(HttpMethod.Get, "assets/asset_u", Busy(), Asset("asset_u", "processing"), Asset("asset_u", "ready"));

        var (asset, posts) = await RunAsync(api, client => client.Assets.UploadFromUrlAsync(
            new Uri("https://images.example.com/product.png"), new AssetUrlUploadParams { WorkspaceId = "ws_1" }));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(0, posts);
    }

    /// <summary>Starts the call under a counting context and drives the clock until the call ends.</summary>
    private static async Task<(Asset Asset, int Posts)> RunAsync(StubApi api, Func<FloraClient, Task<Asset>> call)
    {
        var clock = new TestClock();
        using var client = api.Client(clock);
        var context = new CountingContext();
        Task<Asset>? task = null;
        context.Run(() => task = call(client));
        while (!task!.IsCompleted)
        {
            var next = clock.NextTimerAsync();
            if (await Task.WhenAny(task, next) == task)
            {
                break;
            }

            var due = await next;
            context.Run(() => clock.Advance(due));
        }

        return (await task, context.Posts);
    }

    /// <summary>Counts what is posted to it, and runs it on the pool under itself (so a mutant's later awaits capture it too).</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(_ => Run(() => d(state)));
        }

        public override void Send(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            Run(() => d(state));
        }

        public void Run(Action action)
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                action();
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }
}

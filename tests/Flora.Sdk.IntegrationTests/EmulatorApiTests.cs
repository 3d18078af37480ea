using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's own surface: options, stored content, inspection and fault bookkeeping.</summary>
public sealed class EmulatorApiTests
{
    [Fact]
    public async Task StartAsync_Defaults_ListensOnLoopbackWithApiBaseUrl()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
        Assert.True(emulator.Port > 0);
        Assert.Equal($"http://127.0.0.1:{emulator.Port}/api/v1/", emulator.BaseUrl.ToString());
        Assert.Equal(FloraEmulatorOptions.DefaultApiKey, emulator.ApiKey);
        Assert.Equal(FloraEmulatorOptions.DefaultWorkspaceId, emulator.WorkspaceId);
        Assert.Equal(emulator.BaseUrl, emulator.Client.BaseUrl);
    }

    [Fact]
    public async Task StartAsync_CustomKeyAndWorkspace_ClientUsesThem()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ApiKey = "sk_custom", WorkspaceId = "ws_custom" });

        var created = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));

        Assert.Equal("sk_custom", emulator.ApiKey);
        Assert.Equal("ws_custom", created.WorkspaceId);
    }

    [Fact]
    public async Task StartAsync_PortInUse_Throws()
    {
        await using var first = await FloraEmulator.StartAsync();

        await Assert.ThrowsAnyAsync<IOException>(() => FloraEmulator.StartAsync(new FloraEmulatorOptions { Port = first.Port }));
    }

    [Theory]
    [InlineData(-1, "ws_a")]
    [InlineData(70000, "ws_a")]
    [InlineData(0, "team_a")]
    public async Task StartAsync_InvalidOptions_ThrowsArgumentException(int port, string workspaceId)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => FloraEmulator.StartAsync(new FloraEmulatorOptions { Port = port, WorkspaceId = workspaceId }));
    }

    [Fact]
    public async Task StoreUploads_On_ServesTheBytesAtTheAssetUrlAndDeletesThemOnDispose()
    {
        var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var bytes = TestData.RandomBytes(150_000);
        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, "photo.png"));
        using var http = new HttpClient();

        using var response = await http.GetAsync(result.Url);
        var served = await response.Content.ReadAsByteArrayAsync();
        byte[] opened;
        await using (var stream = emulator.OpenContent(result.AssetId)!)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            opened = copy.ToArray();
        }

        var path = Directory.GetFiles(Path.GetTempPath(), result.AssetId, SearchOption.AllDirectories).Single();
        await emulator.DisposeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, served);
        Assert.Equal(bytes, opened);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task StoreUploads_Off_AssetUrlAnswers404AndOpenContentIsNull()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream([1, 2, 3]), TestData.UploadParams(emulator));
        using var http = new HttpClient();

        using var response = await http.GetAsync(result.Url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(emulator.OpenContent(result.AssetId));
    }

    [Fact]
    public async Task Requests_RecordRouteCountsAndClearResetsThem()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        await emulator.Client.Assets.UploadAsync(new MemoryStream([1]), TestData.UploadParams(emulator));
        await emulator.Client.Assets.ListAsync().ToListAsync();

        var counts = emulator.RequestCounts;
        emulator.ClearRequests();

        Assert.Equal(1, counts[EmulatorRoute.Create]);
        Assert.Equal(1, counts[EmulatorRoute.Upload]);
        Assert.Equal(1, counts[EmulatorRoute.Complete]);
        Assert.Equal(1, counts[EmulatorRoute.List]);
        Assert.Empty(emulator.Requests);
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Create));
        Assert.Equal(1, emulator.AssetCount);
    }

    [Fact]
    public async Task Requests_RecordUserAgentAndNeverTheKey()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        await emulator.Client.Assets.ListAsync().ToListAsync();

        var request = Assert.Single(emulator.Requests);

        Assert.StartsWith("Flora.Sdk/", request.UserAgent, StringComparison.Ordinal);
        Assert.True(request.HadAuthorization);
        Assert.DoesNotContain(emulator.ApiKey, request.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Faults_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Status(200));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmulatorFault.Delayed(TimeSpan.FromSeconds(-1)));
        Assert.Equal("429", EmulatorFault.RateLimited(TimeSpan.FromMilliseconds(250)).StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("250", EmulatorFault.RateLimited(TimeSpan.FromMilliseconds(250)).Headers["retry-after-ms"]);
        Assert.Equal("2", EmulatorFault.ServiceUnavailable(TimeSpan.FromMilliseconds(1500)).Headers["Retry-After"]);
    }

    [Fact]
    public async Task Faults_EnqueueTimesAndClear_AreCounted()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.List, EmulatorFault.Status(500), times: 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Faults.Enqueue(EmulatorRoute.List, EmulatorFault.Status(500), times: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Faults.EnableChaos(new EmulatorChaosOptions { Probability = 1.5 }));

        Assert.Equal(3, emulator.Faults.PendingCount(EmulatorRoute.List));
        emulator.Faults.ClearQueued();
        await emulator.Client.Assets.ListAsync().ToListAsync();

        Assert.Equal(0, emulator.Faults.PendingCount(EmulatorRoute.List));
        Assert.Equal(0, emulator.Faults.InjectedCount);
        Assert.False(emulator.Faults.IsChaosEnabled);
    }

    [Fact]
    public async Task Faults_StatusWithCustomHeaders_AreSentAndShouldRetryFalseStopsRetries()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.Status(503, headers: new Dictionary<string, string> { ["x-should-retry"] = "false" }));

        var error = await Assert.ThrowsAsync<FloraInternalServerException>(() => emulator.Client.Assets.RetrieveAsync("asset_x"));

        Assert.Equal("service_unavailable", error.ErrorCode);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Retrieve));
    }

    [Fact]
    public async Task AssetsSnapshot_ReflectsLifecycle()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var pending = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator, "a.png"));
        var ready = await emulator.Client.Assets.UploadAsync(new MemoryStream([9, 9]), TestData.UploadParams(emulator, "b.png"));

        var assets = emulator.Assets;

        Assert.Equal([pending.AssetId, ready.AssetId], assets.Select(a => a.AssetId));
        Assert.Equal("pending_upload", assets[0].Status);
        Assert.NotNull(assets[0].ExpiresAt);
        Assert.Null(assets[0].UploadedBytes);
        Assert.Equal("ready", assets[1].Status);
        Assert.Equal(2, assets[1].UploadedBytes);
        Assert.Equal(1, assets[1].UploadCount);
        Assert.Null(assets[1].ExpiresAt);
        Assert.Equal("signed-url", assets[1].Source);
        Assert.Null(emulator.GetAsset("asset_nope"));
        Assert.Throws<KeyNotFoundException>(() => emulator.FailAsset("asset_nope", "x"));
    }

    [Fact]
    public async Task Faults_ThrowingCallback_Answers500EnvelopeWithRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Retrieve, EmulatorFault.Callback(() => throw new InvalidOperationException("boom")));
        var client = emulator.CreateClient(o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<FloraInternalServerException>(() => client.Assets.RetrieveAsync("asset_x"));

        Assert.Equal("unknown_error", error.ErrorCode);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("req_", error.RequestId, StringComparison.Ordinal);
    }
}

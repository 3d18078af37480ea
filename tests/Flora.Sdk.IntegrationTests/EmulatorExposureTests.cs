using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// Issue 26, attack 11: what the emulator exposes beyond its own process. A page in a browser that rebinds its DNS
/// name to 127.0.0.1 reaches it (so foreign <c>Host</c> names are refused), other local users could read stored
/// uploads (so they are owner-only), an upload could fill the disk (so it has a cap), and a standalone server printing
/// the documented key would let any local process in (so it makes a key per start).
/// </summary>
public sealed class EmulatorExposureTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("0.0.0.0:{port}")]
    [InlineData("10.0.0.1:{port}")]
    [InlineData("[::ffff:7f00:1]:{port}")]
    public async Task Attack11_ForeignHostHeader_Answers421BeforeAnyRoute(string host)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var http = new HttpClient();

        using var list = await SendAsync(http, emulator, HttpMethod.Get, "workspaces", host);
        using var create = await SendAsync(http, emulator, HttpMethod.Post, "assets", host, """{"source":"signed-url","workspace_id":"ws_a"}""");

        foreach (var response in new[] { list, create })
        {
            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("misdirected_request", body.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.Contains("loopback", body.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, emulator.AssetCount);
        Assert.Equal(0, emulator.CountRequests(EmulatorRoute.Create));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.5.6.7:{port}")]
    [InlineData("[::1]:{port}")]
    public async Task Attack11_LoopbackHostHeader_IsServed(string host)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await SendAsync(http, emulator, HttpMethod.Get, "workspaces", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Attack11_SignedUploadAndStoredAssetUrls_StillWork()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true, DirectUploads = false });
        var bytes = TestData.RandomBytes(20_000);

        var asset = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, "a.png"));
        using var http = new HttpClient();

        Assert.Equal(bytes, await http.GetByteArrayAsync(asset.Url));
    }

    [Fact]
    public async Task Attack11_StoredUploads_AreOwnerOnlyFilesInAnOwnerOnlyFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes; on Windows the user's temp folder is already private.
        }

        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var direct = await emulator.Client.Assets.UploadAsync(new MemoryStream(TestData.RandomBytes(1_000)), TestData.UploadParams(emulator, "direct.png"));
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        using var raw = new RawApi(emulator);
        using (var upload = await raw.PostFormAsync(created.Upload!.Url!, created.Upload.FormFields, TestData.RandomBytes(1_000)))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        foreach (var assetId in new[] { direct.AssetId, created.AssetId })
        {
            var file = StoredFile(assetId);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        }
    }

    [Theory]
    [InlineData("post")]
    [InlineData("put")]
    [InlineData("direct")]
    public async Task Attack11_UploadOfCapPlusOneBytes_Answers413AndKeepsNothing(string path)
    {
        const int Cap = 10_000;
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true, MaxUploadBytes = Cap });

        var (tooLarge, tooLargeAsset) = await UploadAsync(emulator, path, TestData.RandomBytes(Cap + 1));
        var (exact, exactAsset) = await UploadAsync(emulator, path, TestData.RandomBytes(Cap));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        using (var body = JsonDocument.Parse(await tooLarge.Content.ReadAsStringAsync()))
        {
            var error = body.RootElement.GetProperty("error");
            Assert.Equal("input_validation_error", error.GetProperty("code").GetString());
            Assert.Contains($"{Cap} bytes", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.True(exact.IsSuccessStatusCode, $"{exact.StatusCode}: {await exact.Content.ReadAsStringAsync()}");
        Assert.Equal(Cap, emulator.GetAsset(exactAsset!)!.UploadedBytes);
        Assert.Null(tooLargeAsset is null ? null : emulator.GetAsset(tooLargeAsset)!.UploadedBytes);
        var folder = Path.GetDirectoryName(StoredFile(exactAsset!))!;
        Assert.Equal([Path.Combine(folder, exactAsset!)], Directory.GetFiles(folder));
        tooLarge.Dispose();
        exact.Dispose();
    }

    [Fact]
    public async Task Attack11_UploadAsyncOverTheCap_ThrowsStorageHostException413()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { DirectUploads = false, MaxUploadBytes = 5_000 });

        var error = await Assert.ThrowsAsync<FloraStorageHostException>(
            () => emulator.Client.Assets.UploadAsync(new MemoryStream(new byte[5_001]), TestData.UploadParams(emulator, "a.png")));
        var exact = await emulator.Client.Assets.UploadAsync(new MemoryStream(new byte[5_000]), TestData.UploadParams(emulator, "b.png"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.StatusCode);
        Assert.Equal(AssetStatus.Ready, exact.Status);
    }

    [Fact]
    public async Task Attack11_PutDeclaringMoreThanTheCap_Answers413Unread()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { MaxUploadBytes = 1_000, UploadMethod = EmulatorUploadMethod.Put });
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        var url = new Uri(created.UploadUrl!);
        var head = $"PUT {url.PathAndQuery} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\nContent-Length: {5L * 1024 * 1024 * 1024}";

        // A few KiB of the declared 5 GiB: the answer must not wait for the rest.
        var response = await RawHttp.SendAsync(emulator.ServerUrl, head, Enumerable.Repeat(new byte[1024], 4), TimeSpan.FromMilliseconds(50));

        Assert.Equal(413, response.StatusCode);
        Assert.Equal("input_validation_error", response.Error().Code);
    }

    [Fact]
    public void Attack11_MaxUploadBytes_DefaultsToFiveGibibytes() =>
        Assert.Equal(5L * 1024 * 1024 * 1024, new FloraEmulatorOptions().MaxUploadBytes);

    [Fact]
    public async Task Attack11_StandaloneEmulator_MakesAKeyPerStartAndRefusesTheDocumentedOne()
    {
        await using var first = await StandaloneEmulator.StartAsync();
        await using var second = await StandaloneEmulator.StartAsync();

        Assert.StartsWith("sk_test_", first.ApiKey, StringComparison.Ordinal);
        Assert.NotEqual(FloraEmulatorOptions.DefaultApiKey, first.ApiKey);
        Assert.NotEqual(first.ApiKey, second.ApiKey);
        using var http = new HttpClient();
        using var documented = new HttpRequestMessage(HttpMethod.Get, new Uri(first.BaseUrl, "workspaces"));
        documented.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FloraEmulatorOptions.DefaultApiKey);
        using var refused = await http.SendAsync(documented);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var client = first.CreateClient();
        Assert.NotEmpty((await client.Workspaces.ListAsync()).Workspaces);
    }

    [Fact]
    public void Attack11_CreateRandomApiKey_IsFreshAndLooksLikeATestKey()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => FloraEmulatorOptions.CreateRandomApiKey()).ToList();

        Assert.All(keys, k => Assert.Matches("^sk_test_flora_emulator_[0-9a-f]{32}$", k));
        Assert.Equal(100, keys.Distinct().Count());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, FloraEmulator emulator, HttpMethod method, string path, string host, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(emulator.BaseUrl, path));
        request.Headers.Host = host.Replace("{port}", emulator.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    /// <summary>One upload of <paramref name="bytes"/> by the path named: a presigned POST, a PUT, or a direct create.</summary>
    private static async Task<(HttpResponseMessage Response, string? AssetId)> UploadAsync(FloraEmulator emulator, string path, byte[] bytes)
    {
        using var raw = new RawApi(emulator);
        if (path == "direct")
        {
            var response = await raw.CreateDirectAsync([new("workspace_id", emulator.WorkspaceId)], bytes);
            var id = response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("asset_id").GetString() : null;
            return (response, id);
        }

        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        if (path == "post")
        {
            return (await raw.PostFormAsync(created.Upload!.Url!, created.Upload.FormFields, bytes), created.AssetId);
        }

        using var http = new HttpClient();
        using var content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } };
        return (await http.PutAsync(new Uri(created.UploadUrl!), content), created.AssetId);
    }

    /// <summary>Where the emulator stored an asset's bytes: its own folder under the temp path.</summary>
    private static string StoredFile(string assetId) =>
        Directory.EnumerateDirectories(Path.GetTempPath(), "flora-emulator-*")
            .Select(d => Path.Combine(d, assetId))
            .Single(File.Exists);
}

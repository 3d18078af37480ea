using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// Redirects never carry the key to another origin, and ids and cursors cannot leave their path segment or query
/// value: the exact request target a loopback server receives is asserted.
/// </summary>
public sealed class TrustBoundaryTests
{
    private const string Asset = """{"asset_id":"asset_1","status":"ready"}""";

    public static TheoryData<string, string, string> RedirectCases() => new()
    {
        // client kind, status, the other origin's host (same address, 127.0.0.1, another port and/or host name)
        { "owned", "307", "localhost" },
        { "owned", "308", "127.0.0.1" },
        { "owned", "302", "localhost" },
        { "factory", "307", "localhost" },
        { "factory", "301", "127.0.0.1" },
    };

    [Theory]
    [MemberData(nameof(RedirectCases))]
    public async Task Redirect_ToAnotherOrigin_AuthorizationNotForwarded(string clientKind, string status, string otherHost)
    {
        await using var other = LoopbackServer.Answering(200, Asset);
        var location = $"http://{otherHost}:{other.Port}/api/v1/assets/asset_1";
        await using var api = LoopbackServer.Answering(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), "", ("Location", location));
        using var provider = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = TestClients.Options(new Uri(api.Url, "api/v1/"));
        using var client = clientKind == "owned"
            ? new FloraClient(options)
            : new FloraClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(), options);

        try
        {
            await client.Assets.RetrieveAsync("asset_1");
        }
        catch (FloraException)
        {
            // Refusing to follow is as good as following without the key; what matters is what the other origin saw.
        }

        // The client's own handler follows no redirect (issue 26, attack 9); a caller's HttpClient does (so the check
        // below is not vacuous), strips Authorization on the way, and the SDK refuses the other origin's answer.
        if (clientKind == "owned")
        {
            Assert.Empty(other.Requests);
        }
        else
        {
            Assert.NotEmpty(other.Requests);
        }

        var first = Assert.Single(api.Requests);
        Assert.Equal("Bearer " + TestClients.ApiKey, first.Header("Authorization"));
        Assert.All(other.Requests, r =>
        {
            Assert.False(r.HasHeader("Authorization"), $"{otherHost}:{other.Port} received Authorization: {r.Header("Authorization")}");
            Assert.All(r.Headers, h => Assert.DoesNotContain(TestClients.ApiKey, h.Value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Redirect_PostCreate_OtherOriginNeverSeesTheKey()
    {
        await using var other = LoopbackServer.Answering(201, """{"asset_id":"asset_1","status":"pending_upload"}""");
        await using var api = LoopbackServer.Answering(307, "", ("Location", $"http://localhost:{other.Port}/api/v1/assets"));
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/")));

        try
        {
            await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" });
        }
        catch (FloraException)
        {
        }

        Assert.Empty(other.Requests);
        Assert.All(other.Requests, r =>
        {
            Assert.False(r.HasHeader("Authorization"));
            Assert.DoesNotContain(TestClients.ApiKey, System.Text.Encoding.Latin1.GetString(r.Body), StringComparison.Ordinal);
        });
    }

    public static TheoryData<string, bool> PlainHttpBaseUrls() => new()
    {
        // base URL, whether plain http is allowed (only to a loopback host)
        { "http://127.0.0.1:5080/api/v1/", true },
        { "http://localhost:5080/api/v1/", true },
        { "http://[::1]:5080/api/v1/", true },
        { "http://10.0.0.1/api/v1/", false },
        { "http://192.168.1.10/api/v1/", false },
        { "http://api.flora.invalid/api/v1/", false },
        { "http://127.0.0.1.nip.io/api/v1/", false },
        { "http://localhost.flora.invalid/api/v1/", false },
    };

    [Theory]
    [MemberData(nameof(PlainHttpBaseUrls))]
    public async Task PlainHttpBaseUrl_KeySentOnlyToLoopback(string baseUrl, bool allowed)
    {
        var handler = new RecordingHandler(_ => TestClients.Json(System.Net.HttpStatusCode.OK, Asset));

        if (!allowed)
        {
            var ex = Assert.Throws<ArgumentException>(() => TestClients.Over(handler, baseUrl: new Uri(baseUrl)));
            Assert.Equal("BaseUrl", ex.ParamName);
            Assert.Contains("https", ex.Message, StringComparison.Ordinal);
            Assert.Empty(handler.Requests);
            return;
        }

        using var client = TestClients.Over(handler, baseUrl: new Uri(baseUrl));
        await client.Assets.RetrieveAsync("asset_1");
        Assert.Equal("Bearer " + TestClients.ApiKey, Assert.Single(handler.Requests).Headers["Authorization"]);
    }

    public static TheoryData<string, string> AssetIds() => new()
    {
        // id → what must arrive as the one path segment
        { "../x", "..%2Fx" },
        { "../../admin", "..%2F..%2Fadmin" },
        { "a/b", "a%2Fb" },
        { "a?b=c", "a%3Fb%3Dc" },
        { "a#frag", "a%23frag" },
        { "a%2Fb", "a%252Fb" },
        { "a&b=c", "a%26b%3Dc" },
        { "a\\b", "a%5Cb" },
        { "%2e%2e", "%252e%252e" },
        { "asset_ü", "asset_%C3%BC" },
        { "a;b", "a%3Bb" },
        { "a+b", "a%2Bb" },
    };

    [Theory]
    [MemberData(nameof(AssetIds))]
    public async Task AssetId_WithReservedCharacters_StaysInItsPathSegment(string id, string segment)
    {
        await using var server = LoopbackServer.Answering(200, Asset);
        using var client = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/")));

        await client.Assets.RetrieveAsync(id);
        await client.Assets.CompleteAsync(id);
        await client.Assets.RetryAsync(id);
        await client.Projects.AttachAssetAsync("prj_1", id);

        Assert.Equal(
            [$"/api/v1/assets/{segment}", $"/api/v1/assets/{segment}/complete", $"/api/v1/assets/{segment}/retry", $"/api/v1/projects/prj_1/assets/{segment}/attach"],
            server.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task ProjectId_WithReservedCharacters_StaysInItsPathSegment()
    {
        await using var server = LoopbackServer.Answering(200, """{"asset_id":"asset_1","project_id":"p","status":"ready"}""");
        using var client = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/")));

        await client.Projects.AttachAssetAsync("prj_1/../../assets?x=#", "asset_1");

        Assert.Equal("/api/v1/projects/prj_1%2F..%2F..%2Fassets%3Fx%3D%23/assets/asset_1/attach", Assert.Single(server.Requests).Target);
    }

    [Fact]
    public async Task ListQuery_CursorAndFiltersWithReservedCharacters_StayInTheirQueryValues()
    {
        await using var server = LoopbackServer.Answering(200, """{"assets":[],"meta":{"next_cursor":null}}""");
        using var client = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/")));

        await client.Assets.WithRawResponse.ListPageAsync(new AssetListParams
        {
            Cursor = "c&limit=1000#x?y=/../z%2F",
            Query = "cats & dogs=1?#",
            WorkspaceId = "ws_a&b",
            ProjectId = "prj_=1",
            Limit = 5,
        });

        Assert.Equal(
            "/api/v1/assets?workspace_id=ws_a%26b&project_id=prj_%3D1&query=cats%20%26%20dogs%3D1%3F%23&limit=5&cursor=c%26limit%3D1000%23x%3Fy%3D%2F..%2Fz%252F",
            Assert.Single(server.Requests).Target);
    }

    [Fact]
    public async Task ListPaging_ServerCursorWithReservedCharacters_SentBackEscaped()
    {
        var page = 0;
        await using var server = LoopbackServer.Start((_, stream, ct) => LoopbackServer.WriteResponseAsync(stream, 200,
            Interlocked.Increment(ref page) == 1
                ? """{"assets":[{"asset_id":"asset_1"}],"meta":{"next_cursor":"n&x=1/../#?"}}"""
                : """{"assets":[{"asset_id":"asset_2"}],"meta":{"next_cursor":null}}""", ct));
        using var client = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/")));

        var ids = new List<string?>();
        await foreach (var asset in client.Assets.ListAsync())
        {
            ids.Add(asset.AssetId);
        }

        Assert.Equal(["asset_1", "asset_2"], ids);
        Assert.Equal(["/api/v1/assets", "/api/v1/assets?cursor=n%26x%3D1%2F..%2F%23%3F"], server.Requests.Select(r => r.Target));
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// Issue 26 "Hostile servers, hostile folders", the transport's part: each attack the security review reproduced, against
/// loopback servers. #8 a key the server JSON-escapes, #9 a redirect to another host, #10 cursors that never end.
/// </summary>
public sealed class HostileServerTests
{
    // The key as a server writes it with a JSON escape for its first letter: "\u0073k_live_...".
    private static readonly string s_escapedKey = "\\u0073" + TestClients.ApiKey[1..];

    [Fact]
    public async Task Attack8_KeyJsonEscapedInAnErrorBody_IsRedactedInEveryPartOfTheException()
    {
        await using var api = LoopbackServer.Answering(
            400,
            $$$"""{"error":{"code":"bad_{{{s_escapedKey}}}","message":"the key {{{s_escapedKey}}} is not allowed here","fields":[{"field":"f_{{{s_escapedKey}}}","message":"m {{{s_escapedKey}}}"}]}}""");
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/")));

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Single(api.Requests);
        Assert.Contains("[redacted]", ex.ServerMessage, StringComparison.Ordinal);
        AssertNoKey(ex.Message, ex.ServerMessage, ex.ErrorCode, ex.ToString(), ex.ResponseBody, Decoded(ex.ResponseBody));
        Assert.All(ex.Fields, f => AssertNoKey(f.Field, f.Message));
    }

    [Fact]
    public async Task Attack8_KeyJsonEscapedInAnUnreadableSuccessBody_IsRedactedInResponseBody()
    {
        // Valid JSON of the wrong shape: the SDK cannot read it as an asset and repeats it in ResponseBody.
        await using var api = LoopbackServer.Answering(200, $$$"""{"asset_id":{"leak":"{{{s_escapedKey}}}"},"status":"ready"}""");
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/")));

        var ex = await Assert.ThrowsAnyAsync<FloraException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.NotNull(ex.ResponseBody);
        AssertNoKey(ex.Message, ex.ToString(), ex.ResponseBody, Decoded(ex.ResponseBody));
    }

    public static TheoryData<string, int> RedirectingClients() => new()
    {
        { "owned", 307 },
        { "owned", 308 },
        { "owned", 302 },
        { "dependency-injection", 307 },
        { "dependency-injection-named", 308 },
    };

    [Theory]
    [MemberData(nameof(RedirectingClients))]
    public async Task Attack9_RedirectToAnotherPort_IsNotFollowed_TheOtherServerReceivesNothing(string clientKind, int status)
    {
        await using var other = LoopbackServer.Answering(201, """{"asset_id":"asset_1","status":"ready","url":"https://cdn.flora.invalid/a.png"}""");
        await using var api = LoopbackServer.Answering(status, "", ("Location", $"http://127.0.0.1:{other.Port}/api/v1/assets"));
        var (client, dispose) = Client(clientKind, new Uri(api.Url, "api/v1/"));
        using (dispose)
        {
            // A JSON create with the caller's Idempotency-Key, and a direct upload (the file's bytes in the body).
            var create = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.CreateAsync(
                new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" }, new RequestOptions { IdempotencyKey = "attack9-key" }));
            var upload = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.UploadAsync(
                new MemoryStream("attack9-file-bytes"u8.ToArray()), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png" }));

            Assert.Equal((HttpStatusCode)status, create.StatusCode);
            Assert.Equal((HttpStatusCode)status, upload.StatusCode);
            Assert.Contains("BaseUrl", create.Message, StringComparison.Ordinal);
        }

        Assert.Equal(2, api.Requests.Count);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Attack9_CallersHttpClientFollowsARedirect_TheAnswerIsRefused()
    {
        // The SDK cannot turn redirects off on a handler the caller built; it must not take the other host's answer.
        await using var other = LoopbackServer.Answering(200, """{"asset_id":"asset_1","status":"ready"}""");
        await using var api = LoopbackServer.Answering(307, "", ("Location", $"http://127.0.0.1:{other.Port}/api/v1/assets/asset_1"));
        using var http = new HttpClient();
        using var client = new FloraClient(http, TestClients.Options(new Uri(api.Url, "api/v1/")));

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Contains("AllowAutoRedirect = false", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{other.Port}", ex.Message, StringComparison.Ordinal);
        Assert.Single(api.Requests);
        Assert.All(other.Requests, r => Assert.False(r.HasHeader("Authorization")));
    }

    [Fact]
    public async Task Attack10_AFreshCursorForever_EndsWithFloraPagingException_AfterMaxPages()
    {
        var served = 0;
        await using var api = LoopbackServer.Start((_, stream, ct) => LoopbackServer.WriteResponseAsync(
            stream, 200, $$$"""{"assets":[{"asset_id":"asset_x","status":"ready"}],"meta":{"next_cursor":"fresh-{{{Interlocked.Increment(ref served)}}}"}}""", ct));
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/"), o => o.MaxPages = 40));
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        var items = 0;

        var ex = await Assert.ThrowsAsync<FloraPagingException>(async () =>
        {
            await foreach (var _ in client.Assets.ListAsync(cancellationToken: bound.Token))
            {
                items++;
            }
        });

        Assert.Equal(40, ex.PagesFetched);
        Assert.Equal(40, items);
        Assert.Equal(40, api.Requests.Count);
        Assert.Contains("MaxPages", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Attack10_TheDefaultBound_StopsAFreshCursorForeverAt10000Pages()
    {
        var served = 0;
        var handler = new RecordingHandler(_ => TestClients.Json(
            HttpStatusCode.OK, $$$"""{"assets":[],"meta":{"next_cursor":"fresh-{{{Interlocked.Increment(ref served)}}}"}}"""));
        using var client = TestClients.Over(handler);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var ex = await Assert.ThrowsAsync<FloraPagingException>(async () =>
        {
            await foreach (var _ in client.Assets.ListAsync(cancellationToken: bound.Token))
            {
            }
        });

        Assert.Equal(FloraClientOptions.DefaultMaxPages, ex.PagesFetched);
        Assert.Equal(10_000, served);
    }

    [Fact]
    public async Task Attack10_ACursorSeenBefore_EndsWithFloraPagingException()
    {
        var served = 0;
        await using var api = LoopbackServer.Start((_, stream, ct) => LoopbackServer.WriteResponseAsync(
            stream, 200, $$$"""{"assets":[],"meta":{"next_cursor":"c{{{Interlocked.Increment(ref served) % 3}}}"}}""", ct));
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/")));

        var ex = await Assert.ThrowsAsync<FloraPagingException>(async () =>
        {
            await foreach (var _ in client.Projects.ListAsync(new ProjectListParams { WorkspaceId = "ws_1" }))
            {
            }
        });

        Assert.Contains("a second time", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, api.Requests.Count); // c1, c2, c0, then c1 again
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxPages_BelowOne_IsRefused(int maxPages)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FloraClient(TestClients.Options(configure: o => o.MaxPages = maxPages)));
        Assert.Equal("MaxPages", ex.ParamName);
    }

    private static (IFloraClient Client, IDisposable Owner) Client(string kind, Uri baseUrl)
    {
        var options = TestClients.Options(baseUrl);
        if (kind == "owned")
        {
            var owned = new FloraClient(options);
            return (owned, owned);
        }

        void Configure(FloraClientOptions o)
        {
            o.ApiKey = options.ApiKey;
            o.BaseUrl = options.BaseUrl;
            o.MaxRetries = 0;
        }

        var services = new ServiceCollection();
        if (kind == "dependency-injection")
        {
            services.AddFloraClient(Configure);
            var provider = services.BuildServiceProvider();
            return (provider.GetRequiredService<IFloraClient>(), provider);
        }

        services.AddFloraClient("brand-b", Configure);
        var named = services.BuildServiceProvider();
        return (named.GetRequiredService<IFloraClientFactory>().CreateClient("brand-b"), named);
    }

    private static void AssertNoKey(params string?[] texts) =>
        Assert.All(texts, text => Assert.DoesNotContain(TestClients.ApiKey, text ?? string.Empty, StringComparison.Ordinal));

    /// <summary>Every string of a JSON body, decoded, as one text: what a caller who parses ResponseBody reads.</summary>
    private static string Decoded(string? body)
    {
        if (body is null)
        {
            return string.Empty;
        }

        using var document = JsonDocument.Parse(body);
        return string.Join(" ", Strings(document.RootElement));

        static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
            _ => [],
        };
    }
}

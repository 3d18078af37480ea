using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// Property-based: whatever a server answers (mutated documented JSON, any status 100-599, any Retry-After, any
/// content type, broken HTTP), every public call returns or throws a <see cref="FloraException"/>, within a bound.
/// </summary>
public sealed class HostileResponseTests
{
    private const string Ws = "ws_abc123";
    private static readonly TimeSpan s_callBound = TimeSpan.FromSeconds(15);

    private enum Op
    {
        Create,
        Complete,
        Retry,
        Retrieve,
        ListPage,
        ListEnumerate,
        UploadCreateStep,
        UploadCompleteStep,
        Attach,
        WaitForReady,
        ErrorStatus,
    }

    [Fact]
    public async Task MutatedDocumentedJson_EveryOperation_ReturnsOrThrowsFloraException()
    {
        var gen = Gen.Select(Gen.Int[0, SeedExamples.All.Length - 1], Gen.Int[0, JsonMutator.Kinds - 1], Gen.Int, Gen.Enum<Op>());
        await gen.SampleAsync(
            async t =>
            {
                var (example, kind, seed, op) = t;
                var body = JsonMutator.Mutate(SeedExamples.All[example], kind, seed);
                await AssertReturnsOrFloraAsync(op, body, status: op == Op.ErrorStatus ? 400 + (seed & 0xFF) % 200 : 200);
            },
            iter: 400,
            seed: "0N0XIzNsQ0O2",
            print: t => $"example {t.Item1}, {JsonMutator.Describe(t.Item2)}, seed {t.Item3}, {t.Item4}");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task EachMutationKind_EveryOperation_ReturnsOrThrowsFloraException(int kind)
    {
        // The targeted kinds (deep nesting, truncation, invalid UTF-8, random bytes) on every example and operation.
        for (var example = 0; example < SeedExamples.All.Length; example++)
        {
            foreach (var op in Enum.GetValues<Op>())
            {
                await AssertReturnsOrFloraAsync(op, JsonMutator.Mutate(SeedExamples.All[example], kind, example * 31 + (int)op), status: op == Op.ErrorStatus ? 503 : 200);
            }
        }
    }

    [Theory]
    [InlineData("\"asset_id\":null,")]
    [InlineData("")]
    [InlineData("\"asset_id\":\"\",")]
    [InlineData("\"asset_id\":\"..\",")]
    [InlineData("\"asset_id\":\"a b\",")]
    public async Task UploadAsync_ReservationWithoutUsableAssetId_ThrowsFloraException_SendsNoBytes(string assetIdMember)
    {
        // Found by the property test above: a null asset_id reached CompleteAsync's argument check (ArgumentNullException).
        var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/assets", StringComparison.Ordinal)
            ? TestClients.Json(HttpStatusCode.Created, "{" + assetIdMember + "\"status\":\"pending_upload\",\"upload\":{\"url\":\"https://upload.flora.invalid/u/1\",\"form_fields\":{}}}")
            : TestClients.Json(HttpStatusCode.OK, "{}"));
        using var client = TestClients.Over(handler);

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream([1, 2, 3]), new AssetUploadParams { WorkspaceId = Ws, FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Contains("asset_id", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void DeepNesting_Mutation_ReallyNestsTenThousandLevels()
    {
        var deepest = Enumerable.Range(0, 40).Select(seed => JsonMutator.Mutate(SeedExamples.Retrieve, 3, seed)).Max(b => b.Count(c => c == '['));
        Assert.True(deepest >= 10_000, $"deepest nesting {deepest}");
    }

    [Fact]
    public async Task RandomStatusHeadersAndContentType_ReturnsOrThrowsFloraException_RetriesOnlyWhatIsRetryable()
    {
        string[] retryAfter =
        [
            "0", "1", "59", "60", "61", "-1", "1e309", "NaN", "Infinity", "-Infinity", "99999999999999999999", "0.5", "abc", "", " ",
            "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", "1, 2", "\u00e9",
        ];
        string[] retryAfterMs = ["0", "5", "60000", "60001", "-5", "1e308", "NaN", "86400001", "0x10", "12abc", "", "1.5"];
        string[] contentTypes = ["application/json", "text/html", "application/json; charset=utf-999", "application/problem+json", "garbage", "", ";;;", "multipart/form-data; boundary="];
        string[] bodies = [SeedExamples.Retrieve, SeedExamples.Error, "", "<html>502 Bad Gateway</html>", "{\"error\":\"x\"}", "\u0000\u0001binary", "{\"error\":{\"fields\":[1,null,{\"field\":3}]}}"];

        var gen = Gen.Select(Gen.Int[100, 599], Gen.Int[-1, retryAfter.Length - 1], Gen.Int[-1, retryAfterMs.Length - 1], Gen.Int[-1, contentTypes.Length - 1])
            .Select(Gen.Int[0, bodies.Length - 1], Gen.Int[0, 3], (a, body, shouldRetry) => (a.Item1, a.Item2, a.Item3, a.Item4, body, shouldRetry));

        await gen.SampleAsync(
            async t =>
            {
                var (status, ra, ram, ct, body, shouldRetry) = t;
                var handler = new RecordingHandler(_ =>
                {
                    var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(bodies[body])) };
                    if (ct >= 0)
                    {
                        response.Content.Headers.TryAddWithoutValidation("Content-Type", contentTypes[ct]);
                    }

                    if (ra >= 0)
                    {
                        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter[ra]);
                    }

                    if (ram >= 0)
                    {
                        response.Headers.TryAddWithoutValidation("retry-after-ms", retryAfterMs[ram]);
                    }

                    if (shouldRetry > 0)
                    {
                        response.Headers.TryAddWithoutValidation("x-should-retry", shouldRetry switch { 1 => "true", 2 => "FALSE", _ => "maybe" });
                    }

                    return response;
                });

                // Two retries on a clock 1,000x fast: an honoured 60 s wait is 60 ms, the 8 s backoff cap 8 ms.
                using var client = TestClients.Over(handler, o =>
                {
                    o.MaxRetries = 2;
                    o.TimeProvider = new ScaledTimeProvider(1000);
                    o.Timeout = TimeSpan.FromSeconds(1000);
                });

                Exception? error = null;
                try
                {
                    await client.Assets.RetrieveAsync("asset_1").WaitAsync(s_callBound);
                }
                catch (Exception ex)
                {
                    error = ex;
                }

                var success = status is >= 200 and <= 299;
                if (!success)
                {
                    var api = Assert.IsAssignableFrom<FloraApiException>(error);
                    Assert.Equal(status, (int)api.StatusCode);
                    var retryable = shouldRetry switch { 1 => true, 2 => false, _ => status is 408 or 429 or 500 or 502 or 503 or 504 };
                    Assert.Equal(retryable ? 3 : 1, handler.Requests.Count);
                }

                if (success && error is not null)
                {
                    Assert.IsAssignableFrom<FloraException>(error);
                    Assert.IsNotType<FloraApiException>(error);
                    Assert.Single(handler.Requests);
                }

                if (success && bodies[body] == SeedExamples.Retrieve)
                {
                    // The documented example with a 2xx status must be read, whatever the headers say.
                    Assert.Null(error);
                }
            },
            iter: 600,
            seed: "0Fp0vHSwT5m1",
            print: t => $"status {t.Item1}, Retry-After #{t.Item2}, retry-after-ms #{t.Item3}, content type #{t.Item4}, body #{t.body}, x-should-retry #{t.shouldRetry}");
    }

    [Fact]
    public async Task BrokenHttpOverLoopbackSocket_ReturnsOrThrowsFloraException()
    {
        string[] statusLines = ["HTTP/1.1 {0} X", "HTTP/1.1 {0}", "HTTP/1.0 {0} OK", "HTTP/9.9 {0} OK", "HTTP/1.1 abc OK", "garbage", "", "HTTP/1.1 {0} Bearer \u0000"];
        string[] headerSets =
        [
            "Content-Type: application/json",
            "Content-Encoding: gzip",
            "Content-Encoding: br",
            "Content-Encoding: deflate",
            "Transfer-Encoding: chunked",
            "Content-Length: 999999",
            "Content-Length: -1",
            "Content-Length: abc",
            "Content-Length: 5\r\nContent-Length: 7",
            "X-Long: " + new string('h', 70 * 1024),
            "No colon here",
            "Retry-After: -1\r\nretry-after-ms: 1e400",
            "Content-Type: text/html\r\nContent-Encoding: identity",
        ];
        string[] bodies = [SeedExamples.Retrieve, SeedExamples.Error, "zz\r\nnot a chunk\r\n", "\u001f\u008b\u0008garbage-gzip", string.Empty];

        var gen = Gen.Select(Gen.Int[100, 599], Gen.Int[0, statusLines.Length - 1], Gen.Int[0, headerSets.Length - 1], Gen.Int[0, bodies.Length - 1], Gen.Int[0, 2]);
        await gen.SampleAsync(
            async t =>
            {
                var (status, line, headers, body, ending) = t;
                await using var server = LoopbackServer.Start(async (_, stream, ct) =>
                {
                    var head = string.Format(CultureInfo.InvariantCulture, statusLines[line], status) + "\r\n" + headerSets[headers] + "\r\n\r\n";
                    await stream.WriteAsync(Encoding.Latin1.GetBytes(head + bodies[body]), ct);
                    if (ending == 2)
                    {
                        // Never finish: the attempt timeout has to end the call.
                        await Task.Delay(Timeout.Infinite, ct);
                    }
                });
                using var pointed = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/"), o => o.Timeout = TimeSpan.FromMilliseconds(800)));
                var call = ending == 1 ? (Task)pointed.Assets.CreateAsync(new AssetCreateParams { Source = "signed-url", WorkspaceId = Ws }) : pointed.Assets.RetrieveAsync("asset_1");
                try
                {
                    await call.WaitAsync(s_callBound);
                }
                catch (FloraException)
                {
                }
            },
            iter: 150,
            threads: 1,
            seed: "0ZIlnhmA6ve3",
            print: t => $"status {t.Item1}, status line #{t.Item2}, headers #{t.Item3}, body #{t.Item4}, ending {t.Item5}");
    }

    private static async Task AssertReturnsOrFloraAsync(Op op, byte[] body, int status)
    {
        var handler = new RecordingHandler(request => Respond(request, op, body, status));
        using var client = TestClients.Over(handler, o =>
        {
            o.MaxRetries = 0;
            o.TimeProvider = new ScaledTimeProvider(1000);
            o.Timeout = TimeSpan.FromSeconds(5000);
        });

        try
        {
            await Run(client, op).WaitAsync(s_callBound);
        }
        catch (FloraException)
        {
        }
        catch (Exception ex)
        {
            Assert.Fail($"{op} over a mutated body threw {ex.GetType().Name}, not a FloraException: {ex}");
        }
    }

    private static async Task Run(FloraClient client, Op op)
    {
        switch (op)
        {
            case Op.Create:
                await client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = Ws });
                break;
            case Op.Complete:
                await client.Assets.CompleteAsync("asset_1");
                break;
            case Op.Retry:
                await client.Assets.RetryAsync("asset_1");
                break;
            case Op.Retrieve:
            case Op.ErrorStatus:
                await client.Assets.RetrieveAsync("asset_1");
                break;
            case Op.ListPage:
                var page = await client.Assets.WithRawResponse.ListPageAsync(new AssetListParams { Limit = 10 });
                _ = page.Value.Items.Count;
                break;
            case Op.ListEnumerate:
                var pages = 0;
                await foreach (var p in client.Assets.ListAsync().AsPages())
                {
                    _ = p.Items.Count;
                    if (++pages == 3)
                    {
                        break;
                    }
                }

                break;
            case Op.UploadCreateStep:
            case Op.UploadCompleteStep:
                await client.Assets.UploadAsync(new MemoryStream([1, 2, 3]), new AssetUploadParams { WorkspaceId = Ws, FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });
                break;
            case Op.Attach:
                await client.Projects.AttachAssetAsync("prj_1", "asset_1");
                break;
            case Op.WaitForReady:
                await client.Assets.WaitForReadyAsync("asset_1", TimeSpan.FromSeconds(5));
                break;
        }
    }

    private static HttpResponseMessage Respond(HttpRequestMessage request, Op op, byte[] body, int status)
    {
        var path = request.RequestUri!.AbsolutePath;
        var isApi = request.RequestUri.Host == TestClients.InMemoryBaseUrl.Host;
        var target = op switch
        {
            Op.UploadCreateStep => isApi && request.Method == HttpMethod.Post && path.EndsWith("/assets", StringComparison.Ordinal),
            Op.UploadCompleteStep => isApi && path.EndsWith("/complete", StringComparison.Ordinal),
            _ => isApi,
        };

        if (target)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage((HttpStatusCode)status) { Content = content };
        }

        // The other steps of an upload answer as documented; the upload target accepts anything.
        if (!isApi)
        {
            return TestClients.Json(HttpStatusCode.OK, "{}");
        }

        return path.EndsWith("/assets", StringComparison.Ordinal)
            ? TestClients.Json(HttpStatusCode.Created, """{"asset_id":"asset_1","status":"pending_upload","upload":{"url":"https://upload.flora.invalid/u/1","form_fields":{"k":"v"},"file_field":"file"}}""")
            : TestClients.Json(HttpStatusCode.OK, """{"asset_id":"asset_1","status":"ready"}""");
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>The API key never shows up in exceptions, logs, traces, option dumps or the upload host's request.</summary>
public sealed class SecretTests : IDisposable
{
    private const string Key = TestClients.ApiKey;
    private static readonly Uri s_uploadTarget = new("https://upload.flora.invalid/upload/tok_1");

    private readonly FakeLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ActivityListener _listener;

    public SecretTests()
    {
        _loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == FloraDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public static TheoryData<int, string> EchoingErrors() => new()
    {
        { 400, $$$"""{"error":{"code":"input_validation_error","message":"Authorization Bearer {{{Key}}} is malformed","fields":[{"field":"{{{Key}}}","message":"echo {{{Key}}}"}]}}""" },
        { 401, $$$"""{"error":{"code":"invalid_api_key","message":"The API key {{{Key}}} is not valid."}}""" },
        { 403, $$$"""{"code":"{{{Key}}}","message":"{{{Key}}}"}""" },
        { 404, $$$"""{"error":"no asset for key {{{Key}}}"}""" },
        { 429, $"<html><body>Rate limited: {Key}</body></html>" },
        { 500, $"Internal error while handling 'Authorization: Bearer {Key}'" },
        { 503, $$$"""{"error":{"code":"service_unavailable","message":"{{{Key}}}{{{Key}}}{{{Key}}}"}}""" },
    };

    [Theory]
    [MemberData(nameof(EchoingErrors))]
    public async Task ErrorResponse_ServerEchoesKeyInBody_KeyNotInExceptionLogsOrTraces(int status, string body)
    {
        var handler = new RecordingHandler(_ => TestClients.Json((HttpStatusCode)status, body));
        using var client = Client(handler);

        var ex = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.RetrieveAsync("asset_1"));

        AssertNoKey(ex);
        AssertNoKey(ex.ResponseBody);
        AssertNoKey(ex.ServerMessage);
        AssertNoKey(ex.ErrorCode);
        Assert.All(ex.Fields, f => AssertNoKey(f.Field + f.Message));
        Assert.Contains("[redacted]", ex.ResponseBody, StringComparison.Ordinal);
        AssertLogsAndTracesClean();
    }

    [Fact]
    public async Task ErrorResponse_ServerEchoesKeyInRequestIdHeader_KeyNotInExceptionOrLogs()
    {
        var handler = new RecordingHandler(_ => TestClients.Json(HttpStatusCode.BadRequest, """{"error":{"code":"x","message":"m"}}""", ("request-id", "req_" + Key)));
        using var client = Client(handler);

        var ex = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.RetrieveAsync("asset_1"));

        AssertNoKey(ex);
        AssertNoKey(ex.RequestId);
        AssertLogsAndTracesClean();
    }

    [Fact]
    public async Task SuccessResponse_UnreadableBodyEchoesKey_KeyNotInExceptionOrLogs()
    {
        var handler = new RecordingHandler(_ => TestClients.Json(HttpStatusCode.OK, $$$"""{"asset_id": {"key": "{{{Key}}}"}, "status": 7, "{{{Key}}}": ["""));
        using var client = Client(handler);

        var ex = await Assert.ThrowsAnyAsync<FloraException>(() => client.Assets.RetrieveAsync("asset_1"));

        AssertNoKey(ex);
        AssertNoKey(ex.ResponseBody);
        AssertLogsAndTracesClean();
    }

    [Fact]
    public async Task MalformedResponse_ServerEchoesKeyInStatusAndHeaderLines_KeyNotInExceptionOrLogs()
    {
        // A broken server that reflects the Authorization line into a malformed response: HttpClient quotes the bad line.
        await using var statusLine = LoopbackServer.Start(async (_, stream, ct) =>
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 2OO Bearer {Key}\r\nContent-Length: 0\r\n\r\n"), ct));
        await using var headerLine = LoopbackServer.Start(async (_, stream, ct) =>
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nAuthorization Bearer {Key}\r\nContent-Length: 0\r\n\r\n"), ct));

        foreach (var server in new[] { statusLine, headerLine })
        {
            using var client = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/"), o => o.LoggerFactory = _loggerFactory));
            var ex = await Assert.ThrowsAnyAsync<FloraConnectionException>(() => client.Assets.RetrieveAsync("asset_1"));
            AssertNoKey(ex);
        }

        AssertLogsAndTracesClean();
    }

    [Fact]
    public async Task Retries_AfterEchoingFailures_KeyNotInRetryLogs()
    {
        var calls = 0;
        var handler = new RecordingHandler(_ => Interlocked.Increment(ref calls) < 3
            ? TestClients.Json(HttpStatusCode.ServiceUnavailable, $$$"""{"error":{"code":"service_unavailable","message":"{{{Key}}}"}}""", ("retry-after-ms", "1"), ("request-id", Key))
            : TestClients.Json(HttpStatusCode.OK, """{"asset_id":"asset_1","status":"ready"}"""));
        using var client = Client(handler, maxRetries: 3);

        var asset = await client.Assets.RetrieveAsync("asset_1");

        Assert.Equal("asset_1", asset.AssetId);
        Assert.Contains(_logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        AssertLogsAndTracesClean();
    }

    [Fact]
    public async Task Upload_StorageHostRequest_CarriesNoAuthorizationAndNoKey()
    {
        var handler = new RecordingHandler(FakeFlora);
        using var client = Client(handler);
        var bytes = Encoding.UTF8.GetBytes("file bytes");

        var done = await client.Assets.UploadAsync(new MemoryStream(bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.txt", UploadPath = AssetUploadPath.SignedUrl, AllowUnknownContentType = true });

        Assert.Equal(AssetStatus.Ready, done.Status);
        var upload = Assert.Single(handler.Requests, r => r.Uri.Host == s_uploadTarget.Host);
        Assert.DoesNotContain(upload.Headers.Keys, h => h.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        AssertNoKey(upload.Uri.ToString());
        Assert.All(upload.Headers, h => AssertNoKey(h.Key + ": " + h.Value));
        AssertNoKey(Encoding.Latin1.GetString(upload.Body!));
        Assert.Contains("file bytes", Encoding.Latin1.GetString(upload.Body!), StringComparison.Ordinal);

        // Every request to the API itself does carry the key.
        Assert.All(handler.Requests.Where(r => r.Uri.Host != s_uploadTarget.Host), r => Assert.Equal("Bearer " + Key, r.Headers["Authorization"]));
        AssertLogsAndTracesClean();
    }

    [Fact]
    public async Task Upload_PlainHttpUploadUrlToRemoteHost_RefusedBeforeSending()
    {
        var handler = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/assets", StringComparison.Ordinal)
            ? TestClients.Json(HttpStatusCode.Created, """{"asset_id":"asset_1","status":"pending_upload","upload":{"url":"http://upload.flora.invalid/u/1","form_fields":{}}}""")
            : FakeFlora(request));
        using var client = Client(handler);

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(new MemoryStream([1, 2]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests, r => r.Uri.Host == "upload.flora.invalid");
    }

    [Fact]
    public void Options_ToString_NeverShowsTheKey()
    {
        var options = TestClients.Options();
        using var client = new FloraClient(new HttpClient(new RecordingHandler()), options);

        AssertNoKey(options.ToString());
        AssertNoKey(client.ToString());
        Assert.Contains("redacted", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transport_ConnectionRefusedAndTimeout_KeyNotInExceptionOrLogs()
    {
        // A port nobody listens on (bound, then released), and a server that never answers.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var silent = LoopbackServer.Start((_, _, ct) => Task.Delay(Timeout.Infinite, ct));

        using var refused = new FloraClient(TestClients.Options(new Uri($"http://127.0.0.1:{closedPort}/api/v1/"), o => o.LoggerFactory = _loggerFactory));
        using var hanging = new FloraClient(TestClients.Options(new Uri(silent.Url, "api/v1/"), o => { o.LoggerFactory = _loggerFactory; o.Timeout = TimeSpan.FromMilliseconds(200); }));

        AssertNoKey(await Assert.ThrowsAnyAsync<FloraConnectionException>(() => refused.Assets.RetrieveAsync("asset_1")));
        AssertNoKey(await Assert.ThrowsAsync<FloraTimeoutException>(() => hanging.Assets.CreateAsync(new AssetCreateParams { Source = "signed-url", WorkspaceId = "ws_1" })));
        AssertLogsAndTracesClean();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    private FloraClient Client(RecordingHandler handler, int maxRetries = 0) =>
        TestClients.Over(handler, o =>
        {
            o.LoggerFactory = _loggerFactory;
            o.MaxRetries = maxRetries;
        });

    private static HttpResponseMessage FakeFlora(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.RequestUri.Host == s_uploadTarget.Host)
        {
            return TestClients.Json(HttpStatusCode.OK, "{}");
        }

        if (path.EndsWith("/assets", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            return TestClients.Json(HttpStatusCode.Created, $$$"""
                {"asset_id":"asset_1","status":"pending_upload","workspace_id":"ws_1",
                 "upload":{"url":"{{{s_uploadTarget}}}","method":"POST","file_field":"file","form_fields":{"token":"tok_1","signature":"sig"} }
                }
                """);
        }

        return TestClients.Json(HttpStatusCode.OK, """{"asset_id":"asset_1","status":"ready","workspace_id":"ws_1"}""");
    }

    private static void AssertNoKey(Exception ex)
    {
        AssertNoKey(ex.Message);
        AssertNoKey(ex.ToString());
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            AssertNoKey(inner.Message);
        }
    }

    private static void AssertNoKey(string? text)
    {
        if (text is not null)
        {
            Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Asserts that the key is in no log record and no span, and that there was something to check: a broken hook-up
    /// (no logger or no activity reaching the listeners) would otherwise pass while checking nothing.
    /// </summary>
    private void AssertLogsAndTracesClean()
    {
        var records = _logs.Collector.GetSnapshot();
        Assert.True(records.Count > 0, "No log record was captured: the check below would check nothing.");
        Assert.False(_activities.IsEmpty, "No Flora.Sdk span was captured: the check below would check nothing.");
        foreach (var record in records)
        {
            AssertNoKey(record.Message);
            AssertNoKey(record.Exception?.ToString());
            foreach (var (name, value) in record.StructuredState ?? [])
            {
                AssertNoKey(name + "=" + value);
            }
        }

        foreach (var activity in _activities)
        {
            AssertNoKey(activity.DisplayName);
            AssertNoKey(activity.StatusDescription);
            foreach (var (name, value) in activity.TagObjects)
            {
                AssertNoKey(name + "=" + value);
            }

            foreach (var e in activity.Events)
            {
                AssertNoKey(e.Name + string.Join(",", e.Tags.Select(t => t.Key + "=" + t.Value)));
            }
        }
    }
}

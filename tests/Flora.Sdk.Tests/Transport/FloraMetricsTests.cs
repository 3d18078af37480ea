using System.Diagnostics.Metrics;
using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>Metrics tests listen to a process-wide meter: they run alone, after the parallel tests, so no other test's calls count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}

/// <summary>The "Flora.Sdk" meter: call duration by operation and status, retries by reason, uploads by path and outcome, bytes uploaded.</summary>
[Collection(MetricsCollection.Name)]
public sealed partial class FloraMetricsTests : IDisposable
{
    private const string AssetId = "asset_m1";
    private const string Target = "https://upload.test/bucket/m1";
    private static readonly AssetUploadParams s_upload = new() { WorkspaceId = "ws_1", FileName = "m.png", UploadPath = AssetUploadPath.SignedUrl };

    private readonly MeterListener _listener = new();
    private readonly List<Measurement> _measurements = [];

    public FloraMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == FloraDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task RetrieveAsync_Succeeds_RecordsOneDurationWithOperationMethodAndStatus()
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client();

        await client.Assets.RetrieveAsync("asset_abc123");

        var duration = Assert.Single(Named("flora.client.operation.duration"));
        Assert.Equal("assets.retrieve", duration.Tags["flora.operation"]);
        Assert.Equal("GET", duration.Tags["http.request.method"]);
        Assert.Equal(200, duration.Tags["http.response.status_code"]);
        Assert.False(duration.Tags.ContainsKey("error.type"));
        Assert.InRange(duration.Value, 0, 60);
        Assert.Empty(Named("flora.client.retries"));
    }

    [Fact]
    public async Task RetrieveAsync_RetriedAfter503_CountsTheRetryByReason_DurationHasFinalStatus()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy"), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock);

        await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));

        var retry = Assert.Single(Named("flora.client.retries"));
        Assert.Equal(1, retry.Value);
        Assert.Equal("assets.retrieve", retry.Tags["flora.operation"]);
        Assert.Equal("503", retry.Tags["error.type"]);
        Assert.Equal(200, Assert.Single(Named("flora.client.operation.duration")).Tags["http.response.status_code"]);
    }

    [Fact]
    public async Task RetrieveAsync_ConnectionFails_RetryReasonAndDurationErrorAreTheExceptionType()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Throw(new HttpRequestException("Connection refused")));
        using var client = api.Client(clock, o => o.MaxRetries = 1);

        await Assert.ThrowsAsync<FloraConnectionException>(() => clock.RunAsync(client.Assets.RetrieveAsync("asset_1")));

        Assert.Equal("FloraConnectionException", Assert.Single(Named("flora.client.retries")).Tags["error.type"]);
        var duration = Assert.Single(Named("flora.client.operation.duration"));
        Assert.Equal("FloraConnectionException", duration.Tags["error.type"]);
        Assert.False(duration.Tags.ContainsKey("http.response.status_code"));
    }

    [Fact]
    public async Task RetrieveAsync_NotFound_DurationCarriesStatusAndErrorType()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "no such asset"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Assets.RetrieveAsync("asset_1"));

        var duration = Assert.Single(Named("flora.client.operation.duration"));
        Assert.Equal(404, duration.Tags["http.response.status_code"]);
        Assert.Equal("404", duration.Tags["error.type"]);
    }

    [Fact]
    public async Task UploadAsync_SignedSucceeds_CountsOneSignedSuccessAndItsBytes()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation, HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(new byte[1234]), s_upload);

        var upload = Assert.Single(Named("flora.client.uploads"));
        Assert.Equal(1, upload.Value);
        Assert.Equal(FloraMetrics.SignedPath, upload.Tags["flora.upload.path"]);
        Assert.Equal("success", upload.Tags["flora.upload.outcome"]);
        var bytes = Assert.Single(Named("flora.client.upload.bytes"));
        Assert.Equal(1234, bytes.Value);
        Assert.Equal(FloraMetrics.SignedPath, bytes.Tags["flora.upload.path"]);

        // One duration per step: create, the byte upload to the signed target, complete.
        Assert.Equal(["assets.create", "assets.upload.send", "assets.complete"], Named("flora.client.operation.duration").Select(m => m.Tags["flora.operation"]));
    }

    [Fact]
    public async Task UploadAsync_TargetRejectsTwice_CountsOneSignedFailureWithTheStatus_NoBytes()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(Reservation, HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.Forbidden))
            .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reply.Json(Reservation));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraStorageHostException>(() => client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_upload));

        var upload = Assert.Single(Named("flora.client.uploads"));
        Assert.Equal("failure", upload.Tags["flora.upload.outcome"]);
        Assert.Equal("403", upload.Tags["error.type"]);
        Assert.Empty(Named("flora.client.upload.bytes"));
    }

    [Fact]
    public async Task UploadAsync_DirectSucceeds_CountsOneDirectSuccessAndItsBytes()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(Flora.Sdk.Tests.Uploads.DirectUploadTests.ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(new byte[4321]), s_upload with { UploadPath = AssetUploadPath.Auto });

        var upload = Assert.Single(Named("flora.client.uploads"));
        Assert.Equal(FloraMetrics.DirectPath, upload.Tags["flora.upload.path"]);
        Assert.Equal("success", upload.Tags["flora.upload.outcome"]);
        Assert.Equal(4321, Assert.Single(Named("flora.client.upload.bytes")).Value);
    }

    [Fact]
    public async Task UploadAsync_DirectRefused415_CountsOnlyTheSignedFallback()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Status(HttpStatusCode.UnsupportedMediaType), Reply.Json(Reservation, HttpStatusCode.Created))
            .On(HttpMethod.Post, Target, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(new byte[100]), s_upload with { UploadPath = AssetUploadPath.Auto });

        Assert.Equal(["signed/success"], Named("flora.client.uploads").Select(m => $"{m.Tags["flora.upload.path"]}/{m.Tags["flora.upload.outcome"]}"));
    }

    [Fact]
    public async Task UploadFromUrlAsync_Fails_CountsOneUrlFailureWithTheStatus()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Status(HttpStatusCode.BadRequest));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.UploadFromUrlAsync(
            new Uri("https://media.test/cat.png"), new AssetUrlUploadParams { WorkspaceId = "ws_1" }));

        var upload = Assert.Single(Named("flora.client.uploads"));
        Assert.Equal(FloraMetrics.UrlPath, upload.Tags["flora.upload.path"]);
        Assert.Equal("failure", upload.Tags["flora.upload.outcome"]);
        Assert.Equal("400", upload.Tags["error.type"]);
    }

    [Fact]
    public void UploadFinished_EachPath_IsItsPathTag_CanceledIsItsOwnOutcome()
    {
        FloraMetrics.UploadFinished(FloraMetrics.DirectPath, 10, failure: null);
        FloraMetrics.UploadFinished(FloraMetrics.UrlPath, 0, failure: null);
        Assert.False(FloraMetrics.UploadFailed(FloraMetrics.DirectPath, new OperationCanceledException()));

        Assert.Equal(
            ["direct/success", "url/success", "direct/canceled"],
            Named("flora.client.uploads").Select(m => $"{m.Tags["flora.upload.path"]}/{m.Tags["flora.upload.outcome"]}"));
        Assert.Equal(10, Assert.Single(Named("flora.client.upload.bytes")).Value);
    }

    [Fact]
    public void CallStarted_NobodyListens_ReadsNoClock()
    {
        _listener.Dispose();

        Assert.Equal(0, FloraMetrics.CallStarted());
    }

    private static string Reservation => $$"""
        {"asset_id":"{{AssetId}}","status":"pending_upload","upload":{"method":"POST","url":"{{Target}}","file_field":"file","form_fields":{"key":"k"} } }
        """;

    private List<Measurement> Named(string name)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Name == name).ToList();
        }
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add(new Measurement(instrument.Name, value, copy));
        }
    }

    private sealed record Measurement(string Name, double Value, Dictionary<string, object?> Tags);
}

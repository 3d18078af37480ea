using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.Shared;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Tests.Transport;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>Each upload path counts its outcome once (flora.client.uploads), on the paths FloraMetricsTests leaves out.</summary>
[Collection(MetricsCollection.Name)]
public sealed class UploadMetricsTests : IDisposable
{
    private readonly MetricCollector<long> _uploads = new(null, FloraDiagnostics.MeterName, "flora.client.uploads");

    public void Dispose() => _uploads.Dispose();

    private List<string> Outcomes() =>
        [.. _uploads.GetMeasurementSnapshot().Select(m => $"{m.Tags["flora.upload.path"]}/{m.Tags["flora.upload.outcome"]}/{(m.Tags.TryGetValue("error.type", out var e) ? e : "-")}")];

    [Fact]
    public async Task UploadFromUrlAsync_Succeeds_CountsOneUrlSuccess()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json("""{"asset_id":"asset_u","status":"ready"}""", HttpStatusCode.Created))
            .On(HttpMethod.Get, "assets/asset_u", Reply.Json("""{"asset_id":"asset_u","status":"ready"}"""));
        using var client = api.Client();

        await client.Assets.UploadFromUrlAsync(new Uri("https://media.test/cat.png"), new AssetUrlUploadParams { WorkspaceId = "ws_1" });

        Assert.Equal(["url/success/-"], Outcomes());
    }

    [Fact]
    public async Task UploadAsync_DirectRefused_CountsOneDirectFailureWithTheStatus()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.BadRequest, "input_validation_error", "bad"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraBadRequestException>(() =>
            client.Assets.UploadAsync(new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png" }));

        Assert.Equal(["direct/failure/400"], Outcomes());
    }

    [Fact]
    public async Task UploadAsync_Direct415OverANonSeekableStream_CountsOneDirectFailure()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.UnsupportedMediaType, "input_validation_error", "no direct uploads"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraException>(() => client.Assets.UploadAsync(
            new NonSeekableStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.Direct }));

        Assert.Equal(["direct/failure/FloraException"], Outcomes());
    }

    [Fact]
    public async Task UploadAsync_SignedCreateRefused_CountsOneSignedFailure()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.BadRequest, "input_validation_error", "bad"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.UploadAsync(
            new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl }));

        Assert.Equal(["signed/failure/400"], Outcomes());
    }
}

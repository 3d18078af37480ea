using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// The upload paths never resume on the caller's context, at any step (<see cref="StepDriver"/>): every step of each
/// path fails once and is retried, so the retries, renewals and recoveries are on the stack at some step too.
/// </summary>
public class UploadSynchronizationContextTests
{
    private const string Target = "https://upload.test/bucket/ctx";

    private static readonly long s_now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static readonly (HttpStatusCode, string) s_busy = (HttpStatusCode.ServiceUnavailable, """{"error":{"code":"service_unavailable","message":"busy"}}""");

    // Retried at once (the driver's answers carry retry-after-ms: 0), so the retry's own steps come before any clock wait.
    private static readonly (HttpStatusCode, string) s_lost = (HttpStatusCode.BadGateway, string.Empty);

    private static readonly (HttpStatusCode, string) s_duplicate = (HttpStatusCode.Conflict, """{"error":{"code":"idempotency_duplicate","message":"already processed"}}""");

    private static (HttpStatusCode, string) Listed(string id, string via) => (HttpStatusCode.OK, $$$"""
        {"assets":[{"asset_id":"{{{id}}}","name":"product.png","content_type":"image/png","status":"pending_upload","uploaded_via":"{{{via}}}","workspace_id":"ws_1","created_at":{{{s_now}}}}],"meta":{"next_cursor":null}}
        """);

    private static (HttpStatusCode, string) Reservation(string id, string expiresAt = "2000-01-01T01:00:00Z") =>
        (HttpStatusCode.OK, $$"""{"asset_id":"{{id}}","status":"pending_upload","expires_at":"{{expiresAt}}","upload":{"method":"POST","url":"{{Target}}","form_fields":{} } }""");

    private static (HttpStatusCode, string) Asset(string id, string status) => (HttpStatusCode.OK, $$"""{"asset_id":"{{id}}","status":"{{status}}"}""");

    [Fact]
    public async Task UploadAsync_SignedAfterALostCreate_NeverResumesOnTheCallersContext()
    {
        await AssertAtEveryStepAsync(
            new Routes()
                .On("POST assets", s_lost, s_duplicate)
                .On("GET assets", s_busy, Listed("asset_c", "signed_url"))
                .On("POST assets/asset_c/retry", s_busy, Reservation("asset_c"))
                .On("POST " + Target, (HttpStatusCode.ServiceUnavailable, string.Empty), (HttpStatusCode.NoContent, string.Empty))
                .On("POST assets/asset_c/complete", s_busy, Asset("asset_c", "processing"))
                .On("GET assets/asset_c", s_busy, Asset("asset_c", "processing"), Asset("asset_c", "ready")),
            (client, source) => client.Assets.UploadAsync(
                source(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", UploadPath = AssetUploadPath.SignedUrl, WaitForReady = true }),
            "asset_c");
    }

    [Fact]
    public async Task UploadAsync_SignedWithAnExpiredReservation_NeverResumesOnTheCallersContext()
    {
        await AssertAtEveryStepAsync(
            new Routes()
                .On("POST assets", s_busy, Reservation("asset_e", expiresAt: "1999-12-31T23:00:00Z"))
                .On("POST assets/asset_e/retry", s_busy, Reservation("asset_e"))
                .On("POST " + Target, (HttpStatusCode.NoContent, string.Empty))
                .On("POST assets/asset_e/complete", Asset("asset_e", "ready")),
            (client, source) => client.Assets.UploadAsync(
                source(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", UploadPath = AssetUploadPath.SignedUrl }),
            "asset_e");
    }

    [Fact]
    public async Task UploadAsync_SignedWithARejectedReservation_NeverResumesOnTheCallersContext()
    {
        await AssertAtEveryStepAsync(
            new Routes()
                .On("POST assets", Reservation("asset_r"))
                .On("POST assets/asset_r/retry", Reservation("asset_r"))
                .On("POST " + Target, (HttpStatusCode.Forbidden, "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"), (HttpStatusCode.NoContent, string.Empty))
                .On("POST assets/asset_r/complete", Asset("asset_r", "ready")),
            (client, source) => client.Assets.UploadAsync(
                source(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", UploadPath = AssetUploadPath.SignedUrl }),
            "asset_r");
    }

    [Fact]
    public async Task UploadAsync_DirectAfterALostCreate_NeverResumesOnTheCallersContext()
    {
        await AssertAtEveryStepAsync(
            new Routes()
                .On("POST assets", s_lost, s_duplicate)
                .On("GET assets", s_busy, Listed("asset_d", "direct"))
                .On("GET assets/asset_d", s_busy, Asset("asset_d", "processing"), Asset("asset_d", "ready")),
            (client, source) => client.Assets.UploadAsync(
                source(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", WaitForReady = true }),
            "asset_d");
    }

    [Fact]
    public async Task UploadAsync_Direct415FallsBack_NeverResumesOnTheCallersContext()
    {
        await AssertAtEveryStepAsync(
            new Routes()
                .On("POST assets", s_busy, (HttpStatusCode.UnsupportedMediaType, """{"error":{"code":"input_validation_error","message":"no direct uploads"}}"""), s_busy, Reservation("asset_f"))
                .On("POST " + Target, (HttpStatusCode.NoContent, string.Empty))
                .On("POST assets/asset_f/complete", Asset("asset_f", "processing"))
                .On("GET assets/asset_f", Asset("asset_f", "ready")),
            (client, source) => client.Assets.UploadAsync(
                source(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "product.png", WaitForReady = true }),
            "asset_f");
    }

    [Fact]
    public async Task UploadFromUrlAsync_AfterALostCreate_NeverResumesOnTheCallersContext()
    {
        await AssertAtEveryStepAsync(
            new Routes()
                .On("POST assets", s_lost, s_duplicate)
                .On("GET assets", s_busy, Listed("asset_u", "url"))
                .On("GET assets/asset_u", s_busy, Asset("asset_u", "processing"), Asset("asset_u", "ready")),
            (client, _) => client.Assets.UploadFromUrlAsync(new Uri("https://images.example.com/product.png"), new AssetUrlUploadParams { WorkspaceId = "ws_1" }),
            "asset_u");
    }

    private static Task<int> AssertAtEveryStepAsync(Routes routes, Func<FloraClient, Func<byte[], Stream>, Task<Asset>> call, string assetId) =>
        StepDriver.AssertAtEveryStepAsync(routes.Respond, call, (asset, _) => Assert.Equal(assetId, asset.AssetId));
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// What each step of the signed path sends of the caller's RequestOptions (its own key derived from the caller's, the
/// headers, retries and timeout; nothing of them to the upload host), and what the result keeps of the reservation.
/// </summary>
public class UploadSagaStepTests
{
    private const string AssetId = UploadSagaTests.AssetId;
    private const string FirstTarget = UploadSagaTests.FirstTarget;
    private const string SecondTarget = UploadSagaTests.SecondTarget;

    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png", UploadPath = AssetUploadPath.SignedUrl };

    private static Func<HttpRequestMessage, HttpResponseMessage> Reservation(string target) => Reply.Json($$"""
        {"asset_id":"{{AssetId}}","status":"pending_upload","uploaded_via":"signed_url","url":"https://cdn.test/a.png","workspace_id":"ws_1",
         "visibility":"workspace","expires_at":"2000-01-01T01:00:00Z","upload":{"method":"POST","url":"{{target}}","form_fields":{"key":"k"} } }
        """);

    private static Func<HttpRequestMessage, HttpResponseMessage> Asset(string status) => Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"{{status}}"}""");

    private static StubApi RenewingApi() => new StubApi()
        .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
        .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.Forbidden))
        .On(HttpMethod.Post, $"assets/{AssetId}/retry", Reservation(SecondTarget))
        .On(HttpMethod.Post, SecondTarget, Reply.Status(HttpStatusCode.NoContent))
        .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));

    [Fact]
    public async Task UploadAsync_CallerKeyAndHeaders_EachApiStepGetsItsOwnKeyAndTheHeaders_TheHostNeither()
    {
        var api = RenewingApi();
        using var client = api.Client();
        var options = new RequestOptions { IdempotencyKey = "up-9" };
        options.Headers["X-Trace"] = "t-1";

        await client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params, options);

        var requests = api.Requests;
        Assert.Equal(["up-9-create", null, "up-9-retry", null, "up-9-complete"], requests.Select(r => r.Header("Idempotency-Key")));
        Assert.Equal(["t-1", null, "t-1", null, "t-1"], requests.Select(r => r.Header("X-Trace")));
        Assert.Equal("up-9", options.IdempotencyKey);
    }

    [Fact]
    public async Task UploadAsync_NoCallerKey_EachApiStepSendsADifferentGeneratedKey()
    {
        var api = RenewingApi();
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params, new RequestOptions { Headers = { ["X-Trace"] = "t-2" } });

        var keys = api.Requests.Where(r => r.Uri.Host == "api.flora.test").Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.Equal(3, keys.Count);
        Assert.All(keys, k => Assert.False(string.IsNullOrEmpty(k)));
        Assert.Equal(3, keys.Distinct().Count());
        Assert.Equal(3, api.Requests.Count(r => r.Header("X-Trace") == "t-2"));
    }

    [Fact]
    public async Task UploadAsync_CallerKeyAndMaxRetriesZero_TheCreateStepIsNotRetried()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Error(HttpStatusCode.ServiceUnavailable, "unavailable", "busy"), Reservation(FirstTarget));
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<FloraApiException>(() =>
            client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params, new RequestOptions { IdempotencyKey = "up-1", MaxRetries = 0 }));

        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task UploadAsync_MaxRetriesZero_TheUploadToTheHostIsNotRetried()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Status(HttpStatusCode.NoContent));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraStorageHostException>(() =>
            client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params, new RequestOptions { MaxRetries = 0 }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task UploadAsync_CallerKeyAndTimeout_EveryStepAndTheUploadUseTheCallersTimeout()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("ready"));

        // The client's own timeout is infinite (no timer): every timer is the caller's.
        using var client = api.Client(clock);

        await client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params, new RequestOptions { IdempotencyKey = "up-t", Timeout = TimeSpan.FromSeconds(7) });

        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], clock.CreatedTimers);
    }

    [Fact]
    public async Task UploadAsync_Result_KeepsTheReservationsFieldsButNotItsUploadInstructions()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("processing"));
        using var client = api.Client();

        var result = await client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params);

        Assert.Equal((AssetStatus)"processing", result.Status);
        Assert.Equal("https://cdn.test/a.png", result.Url);
        Assert.Equal("signed_url", result.UploadedVia);
        Assert.Equal("workspace", result.Visibility);
        Assert.Null(result.Upload);
        Assert.Null(result.UploadUrl);
        Assert.Null(result.ExpiresAt);
    }

    [Fact]
    public async Task UploadAsync_WaitForReadyWithReadyTimeout_GivesUpAfterThatTimeout()
    {
        var clock = new TestClock();
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reservation(FirstTarget))
            .On(HttpMethod.Post, FirstTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Asset("processing"))
            .On(HttpMethod.Get, $"assets/{AssetId}", Asset("processing"));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(
            client.Assets.UploadAsync(new MemoryStream(new byte[10]), s_params with { WaitForReady = true, ReadyTimeout = TimeSpan.FromSeconds(2) })));

        Assert.Equal(AssetId, ex.AssetId);
        Assert.Equal(TimeSpan.FromSeconds(2), clock.GetUtcNow() - started);
    }
}

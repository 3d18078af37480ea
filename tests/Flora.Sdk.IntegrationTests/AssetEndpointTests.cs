using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Each REST endpoint through the SDK over real loopback HTTP.</summary>
public sealed class AssetEndpointTests
{
    [Fact]
    public async Task CreateAsync_SignedUrl_Answers201WithUploadInstructions()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var response = await emulator.Client.Assets.WithRawResponse.CreateAsync(TestData.SignedUrl(emulator));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var asset = response.Value;
        Assert.StartsWith("asset_", asset.AssetId, StringComparison.Ordinal);
        Assert.Equal(AssetStatus.PendingUpload, asset.Status);
        Assert.Equal("signed_url", asset.UploadedVia);
        Assert.Equal("workspace", asset.Visibility);
        Assert.Equal(emulator.WorkspaceId, asset.WorkspaceId);
        Assert.NotNull(asset.ExpiresAt);
        Assert.NotNull(asset.Upload);
        Assert.Equal("POST", asset.Upload.Method);
        Assert.Equal("file", asset.Upload.FileField);
        Assert.Equal("multipart/form-data", asset.Upload.ContentType);
        Assert.StartsWith(emulator.ServerUrl + "upload/", asset.Upload.Url, StringComparison.Ordinal);
        Assert.Contains("signature", asset.Upload.FormFields.Keys);
        Assert.Contains("expire", asset.Upload.FormFields.Keys);
        Assert.Contains("token", asset.Upload.FormFields.Keys);
        Assert.Equal(asset.Upload.Url, asset.UploadUrl);
        Assert.StartsWith("req_", response.Headers.GetValues("request-id").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_AllowlistedUrl_IsReadyAtOnce()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var asset = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal("url", asset.UploadedVia);
        Assert.Null(asset.Upload);
        var retrieved = await emulator.Client.Assets.RetrieveAsync(asset.AssetId);
        Assert.Equal("example.png", retrieved.Name);
        Assert.Equal("image/png", retrieved.ContentType);
    }

    [Fact]
    public async Task CreateAsync_HostNotAllowlisted_ThrowsBadRequestWithSourceField()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var error = await Assert.ThrowsAsync<FloraBadRequestException>(
            () => emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId, "https://elsewhere.invalid/a.png")));

        Assert.Equal("input_validation_error", error.ErrorCode);
        Assert.Contains(error.Fields, f => f.Field == "source");
        Assert.Equal(0, emulator.AssetCount);
    }

    [Fact]
    public async Task CompleteAsync_BeforeAnyBytes_ThrowsConflict()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        var error = await Assert.ThrowsAsync<FloraConflictException>(() => emulator.Client.Assets.CompleteAsync(created.AssetId));

        Assert.Equal("conflict", error.ErrorCode);
        Assert.Equal("pending_upload", emulator.GetAsset(created.AssetId)!.Status);
    }

    [Fact]
    public async Task RetryAsync_PendingReservation_IssuesFreshUploadUrlAndRetiresTheOldOne()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        var renewed = await emulator.Client.Assets.RetryAsync(created.AssetId);

        Assert.Equal(AssetStatus.PendingUpload, renewed.Status);
        Assert.NotEqual(created.Upload!.Url, renewed.Upload!.Url);
        using var old = await raw.PostFormAsync(created.Upload.Url!, created.Upload.FormFields, [1, 2, 3]);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
        using var fresh = await raw.PostFormAsync(renewed.Upload.Url!, renewed.Upload.FormFields, [1, 2, 3]);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(2, emulator.GetAsset(created.AssetId)!.ReservationCount);
    }

    [Fact]
    public async Task RetryAsync_ReadyAsset_ThrowsConflict()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var ready = await emulator.Client.Assets.UploadAsync(new MemoryStream([1, 2, 3]), TestData.UploadParams(emulator));

        var error = await Assert.ThrowsAsync<FloraConflictException>(() => emulator.Client.Assets.RetryAsync(ready.AssetId));

        Assert.Equal("conflict", error.ErrorCode);
    }

    [Fact]
    public async Task RetryAsync_FailedAsset_RenewsAndUploadSucceeds()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        emulator.FailAsset(created.AssetId, "virus scan failed");

        var failed = await emulator.Client.Assets.RetrieveAsync(created.AssetId);
        var renewed = await emulator.Client.Assets.RetryAsync(created.AssetId);

        Assert.Equal(AssetStatus.Failed, failed.Status);
        Assert.Equal("virus scan failed", failed.FailureMessage);
        Assert.Equal(AssetStatus.PendingUpload, renewed.Status);
        Assert.NotNull(renewed.Upload);
    }

    [Fact]
    public async Task WaitForReadyAsync_FailedAsset_ThrowsAssetFailed()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        emulator.FailAsset(created.AssetId, "unsupported format");

        var error = await Assert.ThrowsAsync<FloraAssetFailedException>(() => emulator.Client.Assets.WaitForReadyAsync(created.AssetId));

        Assert.Contains("unsupported format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrieveAsync_UploadedPng_ReportsSizeDimensionsAndContentTypes()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGP4z8AARAwMDAwMAC7aA/3fmzlTAAAAAElFTkSuQmCC");
        var uploaded = await emulator.Client.Assets.UploadAsync(new MemoryStream(png), TestData.UploadParams(emulator, "tiny.png"));

        var asset = await emulator.Client.Assets.RetrieveAsync(uploaded.AssetId);

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(png.Length, asset.SizeBytes);
        Assert.Equal(2, asset.Width);
        Assert.Equal(3, asset.Height);
        Assert.Equal("tiny.png", asset.Name);
        Assert.Equal("image/png", asset.ContentType);
        Assert.Equal("image/png", asset.UploadContentType);
        Assert.Equal("signed_url", asset.UploadedVia);
        Assert.NotNull(asset.CreatedAt);
    }

    [Fact]
    public async Task RetrieveAsync_MissingAsset_ThrowsNotFoundWithRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var error = await Assert.ThrowsAsync<FloraNotFoundException>(() => emulator.Client.Assets.RetrieveAsync("asset_missing"));

        Assert.Equal("not_found", error.ErrorCode);
        Assert.StartsWith("req_", error.RequestId, StringComparison.Ordinal);
        Assert.Equal(error.RequestId, emulator.Requests.Single().RequestId);
    }

    [Fact]
    public async Task AttachAssetAsync_ReadyAsset_AttachesAndListFiltersByProject()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var attached = await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));
        await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));

        var response = await emulator.Client.Projects.AttachAssetAsync("prj_demo", attached.AssetId);
        var inProject = await emulator.Client.Assets.ListAsync(new AssetListParams { ProjectId = "prj_demo" }).ToListAsync();

        Assert.Equal(attached.AssetId, response.AssetId);
        Assert.Equal("prj_demo", response.ProjectId);
        Assert.Equal(attached.AssetId, Assert.Single(inProject).AssetId);
        Assert.Equal("prj_demo", inProject[0].ProjectId);
        Assert.Equal(["prj_demo"], emulator.GetAsset(attached.AssetId)!.ProjectIds);
    }

    [Fact]
    public async Task AttachAssetAsync_PendingAsset_ThrowsConflict()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var pending = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        var error = await Assert.ThrowsAsync<FloraConflictException>(() => emulator.Client.Projects.AttachAssetAsync("prj_demo", pending.AssetId));

        Assert.Equal("conflict", error.ErrorCode);
    }

    [Fact]
    public async Task AnyCall_WrongApiKey_ThrowsAuthenticationInvalidApiKey()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.CreateClient(o => o.ApiKey = "sk_wrong");

        var error = await Assert.ThrowsAsync<FloraAuthenticationException>(() => client.Assets.RetrieveAsync("asset_x"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_api_key", error.ErrorCode);
        Assert.DoesNotContain("sk_wrong", error.ToString(), StringComparison.Ordinal);
    }
}

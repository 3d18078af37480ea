using System.Net;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's direct path: a multipart <c>POST /assets</c> carrying the bytes, ready in the same call.</summary>
public sealed class DirectCreateTests
{
    private const int DirectMax = 4 * 1024 * 1024;

    [Fact]
    public async Task CreateDirect_SmallFile_AnswersReadyAssetAndKeepsTheBytes()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        using var api = new RawApi(emulator);
        var bytes = TestData.RandomBytes(100 * 1024);

        using var response = await api.CreateDirectAsync(
            [new("workspace_id", emulator.WorkspaceId), new("file_name", "hero.png"), new("folder", "campaign"), new("project_id", emulator.ProjectId)], bytes);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await RawApi.JsonAsync(response);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("direct", body.GetProperty("uploaded_via").GetString());
        Assert.False(body.TryGetProperty("upload", out _));
        var asset = emulator.GetAsset(body.GetProperty("asset_id").GetString()!)!;
        Assert.Equal(("hero.png", "image/png", "campaign"), (asset.FileName, asset.ContentType, asset.Folder));
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.Equal([emulator.ProjectId], asset.ProjectIds);
        Assert.Equal((1, 0), (asset.UploadCount, asset.ReservationCount));
        await using var stored = emulator.OpenContent(asset.AssetId)!;
        Assert.Equal(bytes.Length, stored.Length);
        Assert.Equal(1, emulator.CountRequests(EmulatorRoute.Create));
    }

    [Fact]
    public async Task CreateDirect_Exactly4MiB_IsTakenAndOneByteMoreIs413()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        KeyValuePair<string, string>[] fields = [new("workspace_id", emulator.WorkspaceId)];

        using var atLimit = await api.CreateDirectAsync(fields, new byte[DirectMax]);
        using var above = await api.CreateDirectAsync(fields, new byte[DirectMax + 1]);

        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, above.StatusCode);
        var error = (await RawApi.JsonAsync(above)).GetProperty("error");
        Assert.Equal("input_validation_error", error.GetProperty("code").GetString());
        Assert.Contains("signed-url", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("file", error.GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(1, emulator.AssetCount);
    }

    [Theory]
    [InlineData("logo.svg", null, "content_type")]
    [InlineData("photo.png", "text/html", "content_type")]
    [InlineData("photo.png", null, "workspace_id")]
    public async Task CreateDirect_BrokenRule_Answers400NamingTheField(string fileName, string? contentType, string field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        var fields = new List<KeyValuePair<string, string>> { new("workspace_id", field == "workspace_id" ? "team_1" : emulator.WorkspaceId) };
        if (contentType is not null)
        {
            fields.Add(new("content_type", contentType));
        }

        using var response = await api.CreateDirectAsync(fields, [1, 2, 3], fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(0, emulator.AssetCount);
    }

    [Theory]
    [InlineData("image/heic")]
    [InlineData("video/quicktime")]
    [InlineData("audio/ogg")]
    [InlineData("application/pdf")]
    public async Task CreateDirect_AllowedTypeFromThePart_IsTaken(string partType)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var response = await api.CreateDirectAsync([new("workspace_id", emulator.WorkspaceId)], [1, 2, 3], "blob", partType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(partType, emulator.Assets.Single().ContentType);
    }

    [Fact]
    public async Task CreateDirect_NoFilePart_Answers400()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var response = await api.CreateDirectAsync([new("workspace_id", emulator.WorkspaceId)], file: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("file", (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("fields")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task CreateDirect_DirectUploadsOff_Answers415AndTheJsonCreateStillWorks()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { DirectUploads = false });
        using var api = new RawApi(emulator);

        using var direct = await api.CreateDirectAsync([new("workspace_id", emulator.WorkspaceId)], [1, 2, 3]);
        var signed = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, direct.StatusCode);
        Assert.Equal("input_validation_error", await RawApi.ErrorCodeAsync(direct));
        Assert.Equal(signed.AssetId, Assert.Single(emulator.Assets).AssetId);
    }

    [Fact]
    public async Task CreateDirect_ResponseDroppedAfterHandling_KeepsTheReadyAssetAndTheKeyIsUsed()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.DropConnectionAfterHandling());
        KeyValuePair<string, string>[] fields = [new("workspace_id", emulator.WorkspaceId)];

        await Assert.ThrowsAsync<HttpRequestException>(() => api.CreateDirectAsync(fields, [1, 2, 3], idempotencyKey: "direct-1"));
        using var again = await api.CreateDirectAsync(fields, [1, 2, 3], idempotencyKey: "direct-1");

        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(("ready", "direct"), (asset.Status, asset.UploadedVia));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("idempotency_duplicate", await RawApi.ErrorCodeAsync(again));
    }

    [Fact]
    public async Task Retry_DirectAsset_Answers409()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        using var created = await api.CreateDirectAsync([new("workspace_id", emulator.WorkspaceId)], [1, 2, 3]);
        var id = (await RawApi.JsonAsync(created)).GetProperty("asset_id").GetString();

        using var retry = await api.SendAsync(HttpMethod.Post, $"assets/{id}/retry");

        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Contains("direct upload", (await RawApi.JsonAsync(retry)).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

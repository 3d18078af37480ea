using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The direct path, the path choice, the 415 fallback, project placement and discovery against the emulator.</summary>
public sealed class DirectPathTests
{
    private static AssetUploadParams Png(FloraEmulator emulator, string name = "photo.png") =>
        new() { WorkspaceId = emulator.WorkspaceId, FileName = name };

    [Fact]
    public async Task UploadAsync_100KbFile_MakesExactlyOneApiRequest()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(100 * 1024);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Png(emulator));

        var request = Assert.Single(emulator.Requests);
        Assert.Equal(EmulatorRoute.Create, request.Route);
        Assert.Equal(201, request.StatusCode);
        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(result.AssetId, asset.AssetId);
        Assert.Equal("ready", asset.Status);
        Assert.Equal("direct", asset.UploadedVia);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
        Assert.Equal(AssetStatus.Ready, result.Status);
    }

    [Fact]
    public async Task UploadAsync_100KbFileWithWaitForReady_ReadsOnceMoreForRetrieveMetadata()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(100 * 1024);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Png(emulator) with { WaitForReady = true });

        Assert.Equal([EmulatorRoute.Create, EmulatorRoute.Retrieve], emulator.Requests.Select(r => r.Route));
        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(bytes.Length, result.SizeBytes);
        Assert.Equal("image/png", result.ContentType);
        Assert.NotNull(result.Name);
        Assert.NotNull(result.CreatedAt);
        Assert.Equal("direct", result.UploadedVia);
        Assert.NotNull(result.Visibility);
    }

    [Fact]
    public async Task UploadAsync_5MiBFile_TakesTheSignedPath()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(5 * 1024 * 1024);

        await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Png(emulator));

        Assert.Equal([EmulatorRoute.Create, EmulatorRoute.Upload, EmulatorRoute.Complete], emulator.Requests.Select(r => r.Route));
        var asset = Assert.Single(emulator.Assets);
        Assert.Equal("signed_url", asset.UploadedVia);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
    }

    [Fact]
    public async Task UploadAsync_ServerWithoutDirectUploads_FallsBackOn415ToTheSignedPath()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { DirectUploads = false });
        var bytes = TestData.RandomBytes(10_000);

        var result = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Png(emulator), new RequestOptions { IdempotencyKey = "fallback-1" });

        Assert.Equal([415, 201], emulator.Requests.Where(r => r.Route == EmulatorRoute.Create).Select(r => r.StatusCode));
        Assert.Equal(["fallback-1", "fallback-1-create"], emulator.Requests.Where(r => r.Route == EmulatorRoute.Create).Select(r => r.IdempotencyKey));
        var asset = Assert.Single(emulator.Assets);
        Assert.Equal(result.AssetId, asset.AssetId);
        Assert.Equal("ready", asset.Status);
        Assert.Equal(TestData.Sha256(bytes), asset.Sha256);
    }

    [Fact]
    public async Task CreateFromBytesAsync_WithProject_PlacesTheAssetSoListByProjectFindsIt()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var bytes = TestData.RandomBytes(2048);

        var created = await emulator.Client.Assets.CreateFromBytesAsync(new MemoryStream(bytes), Png(emulator) with { ProjectId = emulator.ProjectId });

        Assert.Equal("direct", created.UploadedVia);
        Assert.Equal(AssetStatus.Ready, created.Status);
        var listed = await emulator.Client.Assets.WithRawResponse.ListPageAsync(new AssetListParams { ProjectId = emulator.ProjectId });
        var item = Assert.Single(listed.Value.Items);
        Assert.Equal(created.AssetId, item.AssetId);
        Assert.Equal(emulator.ProjectId, item.ProjectId);
        Assert.NotNull(item.NodeId);
    }

    [Fact]
    public async Task UploadAsync_SignedPathWithProject_PlacesTheAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var result = await emulator.Client.Assets.UploadAsync(
            new MemoryStream(TestData.RandomBytes(100)), Png(emulator) with { ProjectId = emulator.ProjectId, UploadPath = AssetUploadPath.SignedUrl });

        Assert.Equal([emulator.ProjectId], emulator.GetAsset(result.AssetId)!.ProjectIds);
    }

    [Fact]
    public async Task UploadFromUrlAsync_AllowlistedUrl_CreatesAReadyAssetAndReadsItsMetadataOnce()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var result = await emulator.Client.Assets.UploadFromUrlAsync(
            new Uri("https://media.flora.ai/brand/logo.png"), new AssetUrlUploadParams { WorkspaceId = emulator.WorkspaceId, ProjectId = emulator.ProjectId });

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal([EmulatorRoute.Create, EmulatorRoute.Retrieve], emulator.Requests.Select(r => r.Route));
        Assert.Equal("logo.png", result.Name);
        Assert.NotNull(result.CreatedAt);
        var asset = Assert.Single(emulator.Assets);
        Assert.Equal("logo.png", asset.FileName);
        Assert.Equal("url", asset.UploadedVia);
        Assert.Equal([emulator.ProjectId], asset.ProjectIds);
    }

    [Fact]
    public async Task AttachAssetAsync_AnswersNodeIdAndCanvasUrl()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var created = await emulator.Client.Assets.CreateFromBytesAsync(new MemoryStream(TestData.RandomBytes(64)), Png(emulator));

        var attached = await emulator.Client.Projects.AttachAssetAsync(emulator.ProjectId, created.AssetId);

        Assert.Equal(created.AssetId, attached.AssetId);
        Assert.Equal(emulator.ProjectId, attached.ProjectId);
        Assert.False(string.IsNullOrEmpty(attached.NodeId));
        Assert.True(Uri.TryCreate(attached.CanvasUrl, UriKind.Absolute, out _));
    }

    [Fact]
    public async Task WorkspacesAndProjects_ListAsync_FindTheIdsToUploadWith()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var workspaces = await emulator.Client.Workspaces.ListAsync();
        var workspace = Assert.Single(workspaces.Workspaces, w => w.WorkspaceId == emulator.WorkspaceId);
        var projects = new List<ProjectListResponse>();
        await foreach (var project in emulator.Client.Projects.ListAsync(new ProjectListParams { WorkspaceId = workspace.WorkspaceId, Limit = 1 }))
        {
            projects.Add(project);
        }

        Assert.False(string.IsNullOrEmpty(workspace.Name));
        Assert.Contains(projects, p => p.ProjectId == emulator.ProjectId && p.WorkspaceId == emulator.WorkspaceId);
        Assert.Equal(projects.Count, emulator.Projects.Count(p => p.WorkspaceId == emulator.WorkspaceId));
    }

    [Fact]
    public async Task UploadAsync_DirectCreateFailsOnceWith503_RetriesWithTheSameKeyAndOneAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.ServiceUnavailable(TimeSpan.Zero));
        var bytes = TestData.RandomBytes(30_000);

        await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Png(emulator));

        var creates = emulator.Requests.Where(r => r.Route == EmulatorRoute.Create).ToList();
        Assert.Equal([503, 201], creates.Select(r => r.StatusCode));
        Assert.Single(creates.Select(r => r.IdempotencyKey).Distinct());
        Assert.Equal(TestData.Sha256(bytes), Assert.Single(emulator.Assets).Sha256);
    }
}

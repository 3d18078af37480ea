using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Projects create/retrieve/nodes, feedback and any endpoint, over loopback against the emulator.</summary>
public sealed class BeyondTests
{
    private static readonly byte[] s_png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGP4z8AARAwMDAwMAC7aA/3fmzlTAAAAAElFTkSuQmCC");

    [Fact]
    public async Task CreateThenRetrieve_NewProject_IsTheSameAndListed()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var created = await client.Projects.WithRawResponse.CreateAsync(new ProjectCreateParams { Name = "Spring Campaign", WorkspaceId = emulator.WorkspaceId });
        var retrieved = await client.Projects.RetrieveAsync(created.Value.ProjectId);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("prj_", created.Value.ProjectId, StringComparison.Ordinal);
        Assert.Equal("Spring Campaign", retrieved.Name);
        Assert.Equal(emulator.WorkspaceId, retrieved.WorkspaceId);
        Assert.NotNull(retrieved.CreatedAt);
        Assert.Null(retrieved.LastModified);
        var listed = new List<string>();
        await foreach (var project in client.Projects.ListAsync(new ProjectListParams { WorkspaceId = emulator.WorkspaceId }))
        {
            listed.Add(project.ProjectId);
        }

        Assert.Contains(created.Value.ProjectId, listed);
        Assert.NotNull(emulator.Requests.Single(r => r.Route == EmulatorRoute.CreateProject).IdempotencyKey);
    }

    [Fact]
    public async Task RetrieveAsync_UnknownProject_ThrowsNotFound()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        await Assert.ThrowsAsync<FloraNotFoundException>(() => emulator.Client.Projects.RetrieveAsync("prj_missing"));
    }

    [Fact]
    public async Task ListNodesAsync_ThreeUploadsOnTheProject_PagesThroughThemAsImageNodes()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;
        var project = await client.Projects.CreateAsync(new ProjectCreateParams { Name = "Canvas", WorkspaceId = emulator.WorkspaceId });
        var uploaded = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var asset = await client.Assets.UploadAsync(new MemoryStream(s_png), new AssetUploadParams
            {
                WorkspaceId = emulator.WorkspaceId,
                FileName = $"tiny{i}.png",
                ProjectId = project.ProjectId,
                WaitForReady = true,
            });
            uploaded.Add(asset.AssetId);
        }

        var pages = new List<Page<ProjectListNodesResponse>>();
        await foreach (var page in client.Projects.ListNodesAsync(project.ProjectId, new ProjectListNodesParams { Limit = 2 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal([2, 1], pages.Select(p => p.Items.Count));
        var nodes = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(uploaded, nodes.Select(n => n.AssetId));
        Assert.All(nodes, n => Assert.StartsWith("node_", n.NodeId, StringComparison.Ordinal));
        Assert.All(nodes, n => Assert.Equal("image", n.Type));
        Assert.Equal(["tiny0.png", "tiny1.png", "tiny2.png"], nodes.Select(n => n.Label));
        Assert.All(nodes, n => Assert.Equal(2, n.Width));
        Assert.All(nodes, n => Assert.Equal(3, n.Height));
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty(n.Url)));
        Assert.Equal(2, emulator.CountRequests(EmulatorRoute.ListProjectNodes));
    }

    [Fact]
    public async Task ListNodesAsync_AttachedAsset_AppearsWithTheAttachNodeId()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;
        var asset = await client.Assets.UploadAsync(new MemoryStream(s_png), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.png", WaitForReady = true });
        var attached = await client.Projects.AttachAssetAsync(emulator.ProjectId, asset.AssetId);

        var node = Assert.Single(await ToListAsync(client.Projects.ListNodesAsync(emulator.ProjectId)));

        Assert.Equal(attached.NodeId, node.NodeId);
        Assert.Equal(asset.AssetId, node.AssetId);
    }

    [Fact]
    public async Task ListNodesAsync_UnknownProject_ThrowsNotFoundAtFirstPage()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        await Assert.ThrowsAsync<FloraNotFoundException>(() => ToListAsync(emulator.Client.Projects.ListNodesAsync("prj_missing")));
    }

    [Fact]
    public async Task RecordAsync_MissingCapability_IsRecordedWithAnId()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var raw = await emulator.Client.Feedback.WithRawResponse.RecordAsync(new FeedbackRecordParams
        {
            Kind = FeedbackKind.MissingCapability,
            Summary = "Need support for cdn.example.com",
            Detail = "assets.create refused https://cdn.example.com/a.png",
            AttemptedTools = ["assets.create"],
            WorkspaceId = emulator.WorkspaceId,
        });

        Assert.Equal(HttpStatusCode.Created, raw.StatusCode);
        Assert.StartsWith("fb_", raw.Value.FeedbackId, StringComparison.Ordinal);
        Assert.NotNull(raw.Value.ReceivedAt);
        Assert.NotNull(emulator.Requests.Single(r => r.Route == EmulatorRoute.RecordFeedback).IdempotencyKey);
    }

    [Fact]
    public async Task RecordFeedback_UnknownKindThroughSendAsync_Answers400WithTheKindField()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => emulator.Client.SendAsync(
            HttpMethod.Post, "feedback", new JsonObject { ["kind"] = "praise", ["summary"] = "s", ["detail"] = "d" }));

        Assert.Equal("input_validation_error", ex.ErrorCode);
        Assert.Equal("kind", Assert.Single(ex.Fields).Field);
    }

    [Fact]
    public async Task CreateAsync_HostNotAllowlisted_MessageSaysToSendMissingCapabilityFeedback()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() =>
            emulator.Client.Assets.CreateAsync(new AssetCreateParams { Source = "https://scontent.cdninstagram.com/a.jpg", WorkspaceId = emulator.WorkspaceId }));

        Assert.Contains("missing_capability", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_KnownRoutes_AnswerJsonWithStatusAndRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var client = emulator.Client;

        var created = await client.SendAsync(HttpMethod.Post, "projects", new JsonObject { ["name"] = "Raw", ["workspace_id"] = emulator.WorkspaceId });
        var projectId = (string)created.Value!["project_id"]!;
        var retrieved = await client.SendAsync(HttpMethod.Get, "/projects/" + projectId);
        var workspaces = await client.SendAsync(HttpMethod.Get, "workspaces");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("req_", created.RequestId, StringComparison.Ordinal);
        Assert.Equal("Raw", (string?)retrieved.Value!["name"]);
        Assert.Equal(emulator.WorkspaceId, (string?)workspaces.Value!["workspaces"]![0]!["workspace_id"]);
    }

    [Fact]
    public async Task SendAsync_TechniqueRoute_IsNotServedByTheEmulator()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        await Assert.ThrowsAsync<FloraNotFoundException>(() =>
            emulator.Client.SendAsync(HttpMethod.Post, "techniques/tech_1/runs", new JsonObject { ["mode"] = "async", ["inputs"] = new JsonArray() }));
    }

    [Fact]
    public async Task SendAsync_RateLimitedOnce_IsRetriedLikeEveryCall()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.RetrieveProject, EmulatorFault.RateLimited());

        var response = await emulator.Client.SendAsync(HttpMethod.Get, "projects/" + emulator.ProjectId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, emulator.CountRequests(EmulatorRoute.RetrieveProject));
    }

    [Fact]
    public async Task WorkspacesWithRawResponse_ListAsync_CarriesTheEmulatorsRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var raw = await emulator.Client.Workspaces.WithRawResponse.ListAsync();

        Assert.StartsWith("req_", raw.RequestId, StringComparison.Ordinal);
        Assert.Equal(emulator.WorkspaceId, Assert.Single(raw.Value.Workspaces).WorkspaceId);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}

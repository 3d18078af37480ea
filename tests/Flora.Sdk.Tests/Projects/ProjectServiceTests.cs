using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Projects;

public class ProjectServiceTests
{
    [Fact]
    public async Task AttachAssetAsync_ValidIds_PostsToAttachPathWithoutBody()
    {
        var api = new StubApi().On(HttpMethod.Post, "projects/prj_abc123/assets/asset_abc123/attach",
            Reply.Json("""{"asset_id":"asset_abc123","project_id":"prj_abc123","node_id":"node_1","canvas_url":"https://app.flora.test/c","attached":true}"""));
        using var client = api.Client();

        var result = await client.Projects.AttachAssetAsync("prj_abc123", "asset_abc123");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/projects/prj_abc123/assets/asset_abc123/attach");
        Assert.Null(request.Body);
        Assert.Equal("asset_abc123", result.AssetId);
        Assert.Equal("prj_abc123", result.ProjectId);
        Assert.NotNull(result.AdditionalProperties);
        Assert.True(result.AdditionalProperties["attached"].GetBoolean());
    }

    [Fact]
    public async Task AttachAssetAsync_EmptyBody_ReturnsEmptyStringsNeverNull()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.NoContent));
        using var client = api.Client();

        var result = await client.Projects.AttachAssetAsync("prj_1", "asset_1");

        Assert.Equal(string.Empty, result.AssetId);
        Assert.Equal(string.Empty, result.ProjectId);
        Assert.Equal(string.Empty, result.NodeId);
        Assert.Equal(string.Empty, result.CanvasUrl);
    }

    [Fact]
    public async Task AttachAssetAsync_FieldsLeftOutOrNull_ReadAsEmptyStringsAndUnknownFieldsAreKept()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"asset_id":"asset_1","node_id":null,"status":"ready"}"""));
        using var client = api.Client();

        var result = await client.Projects.AttachAssetAsync("prj_1", "asset_1");

        Assert.Equal("asset_1", result.AssetId);
        Assert.Equal(string.Empty, result.ProjectId);
        Assert.Equal(string.Empty, result.NodeId);
        Assert.Equal(string.Empty, result.CanvasUrl);
        Assert.Equal("ready", result.AdditionalProperties["status"].GetString()); // no longer a typed field
    }

    [Fact]
    public async Task AttachAssetAsync_IdsWithSlash_AreEscapedAsSegments()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        await client.Projects.AttachAssetAsync("prj_a/b", "asset_c/d");

        Assert.Equal("/api/v1/projects/prj_a%2Fb/assets/asset_c%2Fd/attach", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task AttachAssetAsync_NotFound_ThrowsNotFoundException()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "Project not found"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Projects.AttachAssetAsync("prj_1", "asset_1"));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsTheCursorAndSendsTheFilters()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "projects?workspace_id=ws_1&query=spring%20sale&limit=2&cursor=c%2B2", Reply.Json(
                """{"projects":[{"project_id":"prj_c","name":"Spring sale 3","workspace_id":"ws_1","origin":null,"created_at":3,"last_modified":4}],"meta":{"next_cursor":null}}"""))
            .On(HttpMethod.Get, "projects?workspace_id=ws_1&query=spring%20sale&limit=2", Reply.Json(
                """{"projects":[{"project_id":"prj_a","name":"Spring sale","workspace_id":"ws_1","origin":"api","created_at":1764547200000,"last_modified":1764550800000},{"project_id":"prj_b","name":"Spring sale 2","workspace_id":"ws_1"}],"meta":{"next_cursor":"c+2"}}"""));
        using var client = api.Client();

        var projects = new List<ProjectListResponse>();
        await foreach (var project in client.Projects.ListAsync(new ProjectListParams { WorkspaceId = "ws_1", Query = "spring sale", Limit = 2 }))
        {
            projects.Add(project);
        }

        Assert.Equal(["prj_a", "prj_b", "prj_c"], projects.Select(p => p.ProjectId));
        Assert.Equal("api", projects[0].Origin);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547200000), projects[0].CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764550800000), projects[0].LastModified);
        Assert.Null(projects[1].Origin);
        Assert.Equal(
            ["/api/v1/projects?workspace_id=ws_1&query=spring%20sale&limit=2", "/api/v1/projects?workspace_id=ws_1&query=spring%20sale&limit=2&cursor=c%2B2"],
            api.Requests.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("abc", null)]
    [InlineData("ws_1", 0)]
    [InlineData("ws_1", 101)]
    public void ListAsync_InvalidParameters_ThrowsAtOnceWithoutSending(string workspaceId, int? limit)
    {
        var api = new StubApi();
        using var client = api.Client();

        Assert.ThrowsAny<ArgumentException>(() => client.Projects.ListAsync(new ProjectListParams { WorkspaceId = workspaceId, Limit = limit }));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task AttachAssetAsync_FlorasShape_ReadsNodeIdAndCanvasUrl()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"asset_id":"asset_1","project_id":"prj_1","node_id":"node_7","canvas_url":"https://app.flora.test/projects/prj_1?node=node_7"}"""));
        using var client = api.Client();

        var result = await client.Projects.AttachAssetAsync("prj_1", "asset_1");

        Assert.Equal("node_7", result.NodeId);
        Assert.Equal("https://app.flora.test/projects/prj_1?node=node_7", result.CanvasUrl);
    }
}

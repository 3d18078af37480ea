using System.Net;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Projects;

/// <summary>Create, retrieve, list nodes and the raw twins of <see cref="IProjectService"/>.</summary>
public class ProjectServiceBeyondTests
{
    private const string ProjectJson =
        """{"project_id":"prj_new","name":"Spring Campaign","workspace_id":"ws_abc123","origin":"api","created_at":1764547200000,"last_modified":null,"color":"green"}""";

    [Fact]
    public async Task CreateAsync_ValidParams_PostsNameAndWorkspaceWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "projects", Reply.Json(ProjectJson, HttpStatusCode.Created));
        using var client = api.Client();

        var project = await client.Projects.CreateAsync(new ProjectCreateParams { Name = "Spring Campaign", WorkspaceId = "ws_abc123" });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/projects");
        Assert.True(Guid.TryParse(request.Header("Idempotency-Key"), out _));
        Assert.StartsWith("application/json", request.ContentHeaders["Content-Type"]);
        Assert.Equal("""{"name":"Spring Campaign","workspace_id":"ws_abc123"}""", request.BodyText);
        Assert.Equal("prj_new", project.ProjectId);
        Assert.Equal("Spring Campaign", project.Name);
        Assert.Equal("ws_abc123", project.WorkspaceId);
        Assert.Equal("api", project.Origin);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547200000), project.CreatedAt);
        Assert.Null(project.LastModified);
        Assert.Equal("green", project.AdditionalProperties["color"].GetString());
        Assert.False(project.AdditionalProperties.ContainsKey("project_id"));
    }

    [Fact]
    public async Task CreateAsync_ServerAnswers200_IsAccepted()
    {
        var api = new StubApi().OnAny(Reply.Json(ProjectJson));
        using var client = api.Client();

        var project = await client.Projects.CreateAsync(new ProjectCreateParams { Name = "n", WorkspaceId = "ws_1" });

        Assert.Equal("prj_new", project.ProjectId);
    }

    [Fact]
    public async Task CreateAsync_RetriedAfter503_SendsTheSameIdempotencyKeyTwice()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json(ProjectJson, HttpStatusCode.Created));
        using var client = api.Client();

        await client.Projects.CreateAsync(new ProjectCreateParams { Name = "n", WorkspaceId = "ws_1" }, new RequestOptions { IdempotencyKey = "key-1" });

        Assert.Equal(["key-1", "key-1"], api.Requests.Select(r => r.Header("Idempotency-Key")));
    }

    [Theory]
    [InlineData("", "ws_1")]
    [InlineData("   ", "ws_1")]
    [InlineData("Name", "abc")]
    [InlineData("Name", "ws_")]
    [InlineData("Name", "")]
    public async Task CreateAsync_InvalidParams_ThrowsArgumentExceptionWithoutSending(string name, string workspaceId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.CreateAsync(new ProjectCreateParams { Name = name, WorkspaceId = workspaceId }));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task CreateAsync_NullParams_ThrowsArgumentNullException()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Projects.CreateAsync(null!));
    }

    [Fact]
    public async Task RetrieveAsync_ValidId_GetsTheProjectWithoutAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Get, "projects/prj_new", Reply.Json(ProjectJson));
        using var client = api.Client();

        var project = await client.Projects.RetrieveAsync("prj_new");

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/projects/prj_new");
        Assert.Null(api.Single().Body);
        Assert.Equal("Spring Campaign", project.Name);
    }

    [Fact]
    public async Task RetrieveAsync_IdWithSlash_IsEscapedAsOneSegment()
    {
        var api = new StubApi().OnAny(Reply.Json(ProjectJson));
        using var client = api.Client();

        await client.Projects.RetrieveAsync("prj_a/../b");

        Assert.Equal("/api/v1/projects/prj_a%2F..%2Fb", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task RetrieveAsync_NotFound_ThrowsNotFoundException()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "Project not found"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Projects.RetrieveAsync("prj_missing"));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Contains("projects.retrieve", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    [InlineData("proj_1")]
    [InlineData("prj_")]
    public async Task RetrieveAsync_InvalidId_ThrowsWithoutSending(string id)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.RetrieveAsync(id));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task ListNodesAsync_TwoPages_FollowsMetaNextCursorLazilyAndReadsEveryField()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "projects/prj_1/nodes?limit=2&cursor=c%2B%2F%3D", Reply.Json(
                """{"nodes":[{"node_id":"node_c","type":"text","url":"hello"}],"meta":{"next_cursor":null}}"""))
            .On(HttpMethod.Get, "projects/prj_1/nodes?limit=2", Reply.Json(
                """{"nodes":[{"node_id":"node_a","type":"image","asset_id":"asset_1","url":"https://cdn.test/a.png","label":"a.png","width":640,"height":480,"z":1},{"node_id":"node_b","type":"video","asset_id":null,"width":null}],"meta":{"next_cursor":"c+/="}}"""));
        using var client = api.Client();

        var nodes = client.Projects.ListNodesAsync("prj_1", new ProjectListNodesParams { Limit = 2 });
        Assert.Equal(0, api.Count);
        var all = new List<ProjectListNodesResponse>();
        await foreach (var node in nodes)
        {
            all.Add(node);
            if (all.Count == 1)
            {
                Assert.Equal(1, api.Count);
            }
        }

        Assert.Equal(["node_a", "node_b", "node_c"], all.Select(n => n.NodeId));
        Assert.Equal(["image", "video", "text"], all.Select(n => n.Type));
        Assert.Equal("asset_1", all[0].AssetId);
        Assert.Equal("https://cdn.test/a.png", all[0].Url);
        Assert.Equal("a.png", all[0].Label);
        Assert.Equal(640, all[0].Width);
        Assert.Equal(480, all[0].Height);
        Assert.Equal(1, all[0].AdditionalProperties["z"].GetInt32());
        Assert.Null(all[1].AssetId);
        Assert.Null(all[1].Width);
        Assert.Empty(all[1].AdditionalProperties);
        RequestAssert.Sent(api.Requests[1], HttpMethod.Get, "/api/v1/projects/prj_1/nodes?limit=2&cursor=c%2B%2F%3D");
    }

    [Fact]
    public async Task ListNodesAsync_AsPagesFromACursor_StartsThere()
    {
        var api = new StubApi().On(HttpMethod.Get, "projects/prj_1/nodes?cursor=saved", Reply.Json("""{"nodes":[{"node_id":"n","type":"image"}],"meta":{}}"""));
        using var client = api.Client();

        var pages = new List<Page<ProjectListNodesResponse>>();
        await foreach (var page in client.Projects.ListNodesAsync("prj_1").AsPages("saved"))
        {
            pages.Add(page);
        }

        var only = Assert.Single(pages);
        Assert.Null(only.NextCursor);
        Assert.Equal("n", Assert.Single(only.Items).NodeId);
    }

    [Fact]
    public async Task ListNodesAsync_MissingNodes_ReadsAsAnEmptyPage()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        var count = 0;
        await foreach (var node in client.Projects.ListNodesAsync("prj_1"))
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Equal("/api/v1/projects/prj_1/nodes", api.Single().PathAndQuery);
    }

    [Theory]
    [InlineData("ws_1", null)]
    [InlineData("prj_1", 0)]
    [InlineData("prj_1", 101)]
    public void ListNodesAsync_InvalidArguments_ThrowAtOnceWithoutSending(string projectId, int? limit)
    {
        var api = new StubApi();
        using var client = api.Client();

        Assert.ThrowsAny<ArgumentException>(() => client.Projects.ListNodesAsync(projectId, new ProjectListNodesParams { Limit = limit }));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task WithRawResponse_CreateAsync_HasStatusHeadersAndTheSameValue()
    {
        var api = new StubApi().OnAny(Reply.Json(ProjectJson, HttpStatusCode.Created, ("request-id", "req_123")));
        using var client = api.Client();

        var raw = await client.Projects.WithRawResponse.CreateAsync(new ProjectCreateParams { Name = "n", WorkspaceId = "ws_1" });

        Assert.Equal(HttpStatusCode.Created, raw.StatusCode);
        Assert.Equal("req_123", raw.RequestId);
        Assert.Equal("prj_new", raw.Value.ProjectId);
    }

    [Fact]
    public async Task WithRawResponse_RetrieveAndAttach_CarryTheRequestId()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "projects/prj_1", Reply.Json(ProjectJson, HttpStatusCode.OK, ("request-id", "req_r")))
            .On(HttpMethod.Post, "projects/prj_1/assets/asset_1/attach", Reply.Json("""{"node_id":"node_1"}""", HttpStatusCode.OK, ("request-id", "req_a")));
        using var client = api.Client();

        var retrieved = await client.Projects.WithRawResponse.RetrieveAsync("prj_1");
        var attached = await client.Projects.WithRawResponse.AttachAssetAsync("prj_1", "asset_1");

        Assert.Equal("req_r", retrieved.RequestId);
        Assert.Equal("req_a", attached.RequestId);
        Assert.Equal("node_1", attached.Value.NodeId);
    }

    [Fact]
    public async Task WithRawResponse_ListPageAsync_GetsOnePageFromTheParamsCursor()
    {
        var api = new StubApi().On(HttpMethod.Get, "projects?workspace_id=ws_1&cursor=abc", Reply.Json(
            """{"projects":[{"project_id":"prj_a","name":"A","workspace_id":"ws_1"}],"meta":{"next_cursor":"def","total_estimate":9}}""",
            HttpStatusCode.OK, ("request-id", "req_p")));
        using var client = api.Client();

        var raw = await client.Projects.WithRawResponse.ListPageAsync(new ProjectListParams { WorkspaceId = "ws_1", Cursor = "abc" });

        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("req_p", raw.RequestId);
        Assert.Equal("def", raw.Value.NextCursor);
        Assert.Equal(9, raw.Value.TotalEstimate);
        Assert.Equal("prj_a", Assert.Single(raw.Value.Items).ProjectId);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task WithRawResponse_ListNodesPageAsync_GetsOnePage()
    {
        var api = new StubApi().On(HttpMethod.Get, "projects/prj_1/nodes?limit=5", Reply.Json(
            """{"nodes":[{"node_id":"n1","type":"image"}],"meta":{"next_cursor":"more"}}""", HttpStatusCode.OK, ("request-id", "req_n")));
        using var client = api.Client();

        var raw = await client.Projects.WithRawResponse.ListNodesPageAsync("prj_1", new ProjectListNodesParams { Limit = 5 });

        Assert.Equal("req_n", raw.RequestId);
        Assert.Equal("more", raw.Value.NextCursor);
        Assert.Equal("n1", Assert.Single(raw.Value.Items).NodeId);
    }

    [Fact]
    public async Task WithRawResponse_InvalidId_FaultsWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.WithRawResponse.RetrieveAsync("nope"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.WithRawResponse.ListNodesPageAsync("nope"));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public void ProjectRecords_AdditionalProperties_NeverNullAndCopiedOnInit()
    {
        var source = new Dictionary<string, JsonElement> { ["x"] = JsonDocument.Parse("1").RootElement };

        var made = new ProjectRetrieveResponse { AdditionalProperties = source };
        source.Clear();

        Assert.Empty(new ProjectCreateResponse().AdditionalProperties);
        Assert.Empty(new ProjectListNodesResponse().AdditionalProperties);
        Assert.Empty(new FeedbackRecordResponse().AdditionalProperties);
        Assert.Equal(1, made.AdditionalProperties["x"].GetInt32());
    }
}

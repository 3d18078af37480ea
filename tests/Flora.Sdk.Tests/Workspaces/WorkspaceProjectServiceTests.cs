using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Workspaces;

public class WorkspaceProjectServiceTests
{
    private const string Project =
        """{"project_id":"prj_new","name":"Spring","workspace_id":"ws_1","origin":"api","created_at":1764547200000,"last_modified":null,"color":"red"}""";

    [Fact]
    public async Task CreateAsync_Name_PostsToTheWorkspacePathWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "workspaces/ws_1/projects", Reply.Json(Project, HttpStatusCode.Created));
        using var client = api.Client();

        var project = await client.Workspaces.Projects.CreateAsync("ws_1", new WorkspaceProjectCreateParams { Name = "Spring" });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/workspaces/ws_1/projects");
        Assert.Equal("""{"name":"Spring"}""", request.BodyText);
        Assert.Equal("prj_new", project.ProjectId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547200000), project.CreatedAt);
        Assert.Equal("red", project.AdditionalProperties["color"].GetString());
    }

    [Fact]
    public async Task GraphAsync_Ids_GetsTheGraphAndReadsNodesEdgesAndUnknownFields()
    {
        var api = new StubApi().On(HttpMethod.Get, "workspaces/ws_1/projects/prj_1/graph", Reply.Json("""
            {"project_id":"prj_1","canvas_url":"u","revision":"r1","zoom":1,
             "nodes":[{"id":"n1","node_id":"uuid-1","type":"image","label":"Photo","model":null,"model_id":"fal/x","params":{"seed":1},
                       "position":{"x":10.5,"y":"20"},"prompt":"p","status":"error","output_text":null,"output_url":"https://cdn.test/o.png",
                       "action":null,"error_code":"nsfw","error_message":"blocked","locked":true},
                      {"id":"n2","node_id":"uuid-2","type":"action","label":"Rotate","action":{"action_id":"rotate-image","params":{"angle":90}},"status":null}],
             "edges":[{"from":"n1","to":"n2","in":"image","weight":1},{"from":"n2","to":"n3","in":null}]}
            """));
        using var client = api.Client();

        var graph = await client.Workspaces.Projects.GraphAsync("ws_1", "prj_1");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/workspaces/ws_1/projects/prj_1/graph");
        Assert.Null(request.Body);
        Assert.Equal("r1", graph.Revision);
        Assert.Equal(1, graph.AdditionalProperties["zoom"].GetInt32());
        var photo = graph.Nodes[0];
        Assert.Equal(("n1", "uuid-1", "image", "fal/x", "error", "nsfw"), (photo.Id, photo.NodeId, photo.Type, photo.ModelId, photo.Status, photo.ErrorCode));
        Assert.Equal((10.5, 20d), (photo.Position!.X, photo.Position.Y));
        Assert.Equal(1, (int)photo.Params!["seed"]!);
        Assert.True(photo.AdditionalProperties["locked"].GetBoolean());
        Assert.Equal("rotate-image", graph.Nodes[1].Action!.ActionId);
        Assert.Equal(90, (int)graph.Nodes[1].Action!.Params!["angle"]!);
        Assert.Equal(("n1", "n2", "image"), (graph.Edges[0].From, graph.Edges[0].To, graph.Edges[0].In));
        Assert.Null(graph.Edges[1].In);
        Assert.Equal(1, graph.Edges[0].AdditionalProperties["weight"].GetInt32());
    }

    [Fact]
    public async Task GraphAsync_EmptyObject_ReadsEmptyListsNeverNull()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        var graph = await client.Workspaces.Projects.GraphAsync("ws_1", "prj_1");

        Assert.Empty(graph.Nodes);
        Assert.Empty(graph.Edges);
        Assert.Equal(string.Empty, graph.Revision);
    }

    [Fact]
    public async Task RunNodesAsync_NodeIds_PostsThemAndAnswersRunIdsAndSkips_SameKeyAcrossARetry()
    {
        var api = new StubApi().On(HttpMethod.Post, "workspaces/ws_1/projects/prj_1/nodes/run",
            Reply.Error(HttpStatusCode.BadGateway, "bad_gateway", "later", ("retry-after-ms", "0")),
            Reply.Json("""
                {"project_id":"prj_1","runs":[
                  {"node_id":"n3","status":"started","run_id":"run_abc","type":"generation","poll_url":"https://api.test/runs/run_abc","charged_cost":0.04,"estimated_seconds":12,"model":{"model_id":"fal/flux"}},
                  {"node_id":"n9","status":"skipped","reason":"node_not_found","message":"No node n9"}]}
                """));
        using var client = api.Client();

        var result = await client.Workspaces.Projects.RunNodesAsync("ws_1", "prj_1", new ProjectRunNodesParams { NodeIds = ["n3", "n9"] });

        Assert.Equal(2, api.Count);
        RequestAssert.Sent(api.Requests[1], HttpMethod.Post, "/api/v1/workspaces/ws_1/projects/prj_1/nodes/run");
        Assert.Equal("""{"node_ids":["n3","n9"]}""", api.Requests[1].BodyText);
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
        var started = result.Runs[0];
        Assert.True(started.Started);
        Assert.Equal(("run_abc", "generation", 0.04m, 12, "fal/flux"), (started.RunId, started.Type, started.ChargedCost, started.EstimatedSeconds, started.ModelId));
        Assert.Empty(started.AdditionalProperties); // the nested model is flattened, not left over
        Assert.False(result.Runs[1].Started);
        Assert.Equal(("node_not_found", "No node n9"), (result.Runs[1].Reason, result.Runs[1].Message));
        Assert.Null(result.Runs[1].RunId);
    }

    [Fact]
    public async Task RunNodesAsync_RunId_IsWhatRunsRetrieveTakesAsItIs()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "workspaces/ws_1/projects/prj_1/nodes/run", Reply.Json("""{"runs":[{"node_id":"n3","status":"started","run_id":"gen_a/b"}]}"""))
            .On(HttpMethod.Get, "runs/gen_a%2Fb", Reply.Json("""{"run_id":"gen_a/b","status":"completed"}"""));
        using var client = api.Client();

        var started = await client.Workspaces.Projects.RunNodesAsync("ws_1", "prj_1", new ProjectRunNodesParams { NodeIds = ["n3"] });
        var run = await client.Runs.RetrieveAsync(started.Runs[0].RunId!);

        Assert.Equal("gen_a/b", run.RunId);
    }

    [Fact]
    public async Task WithRawResponse_EveryCall_AnswersStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"project_id":"prj_1"}""", HttpStatusCode.Accepted, ("request-id", "req_w")));
        using var client = api.Client();
        var raw = client.Workspaces.Projects.WithRawResponse;

        var created = await raw.CreateAsync("ws_1", new WorkspaceProjectCreateParams { Name = "n" });
        var graph = await raw.GraphAsync("ws_1", "prj_1");
        var runs = await raw.RunNodesAsync("ws_1", "prj_1", new ProjectRunNodesParams { NodeIds = ["n1"] });

        Assert.All([created.RequestId, graph.RequestId, runs.RequestId], id => Assert.Equal("req_w", id));
        Assert.Equal((HttpStatusCode.Accepted, "prj_1"), (created.StatusCode, created.Value.ProjectId));
        Assert.Equal("prj_1", graph.Value.ProjectId);
        Assert.Equal("prj_1", runs.Value.ProjectId);
    }

    [Theory]
    [InlineData("", "prj_1")]
    [InlineData("..", "prj_1")]
    [InlineData("prj_1", "prj_1")]
    [InlineData("ws_1", " ")]
    [InlineData("ws_1", "..")]
    [InlineData("ws_1", "ws_1")]
    public async Task EveryCall_InvalidIds_ThrowWithoutSending(string workspaceId, string projectId)
    {
        var api = new StubApi();
        using var client = api.Client();
        var projects = client.Workspaces.Projects;

        if (projectId == "prj_1")
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => projects.CreateAsync(workspaceId, new WorkspaceProjectCreateParams { Name = "n" }));
        }

        await Assert.ThrowsAnyAsync<ArgumentException>(() => projects.GraphAsync(workspaceId, projectId));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => projects.RunNodesAsync(workspaceId, projectId, new ProjectRunNodesParams { NodeIds = ["n1"] }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => projects.WithRawResponse.GraphAsync(workspaceId, projectId));

        Assert.Equal(0, api.Count);
    }

    public static TheoryData<ProjectRunNodesParams?> InvalidRuns() => new()
    {
        null,
        new ProjectRunNodesParams { NodeIds = null! },
        new ProjectRunNodesParams { NodeIds = [] },
        new ProjectRunNodesParams { NodeIds = Enumerable.Range(0, 51).Select(i => "n" + i).ToList() },
        new ProjectRunNodesParams { NodeIds = ["n1", " "] },
        new ProjectRunNodesParams { NodeIds = ["n 1"] },
        new ProjectRunNodesParams { NodeIds = [".."] },
    };

    [Theory]
    [MemberData(nameof(InvalidRuns))]
    public async Task RunNodesAsync_InvalidNodeIds_ThrowWithoutSending(ProjectRunNodesParams? parameters)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Projects.RunNodesAsync("ws_1", "prj_1", parameters!));

        Assert.Equal(0, api.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task CreateAsync_BlankName_ThrowsWithoutSending(string? name)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Projects.CreateAsync("ws_1", new WorkspaceProjectCreateParams { Name = name! }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Workspaces.Projects.CreateAsync("ws_1", null!));

        Assert.Equal(0, api.Count);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Projects;

public class ProjectActionServiceTests
{
    private const string CreatedJson =
        """{"action_id":"color-grade-image-browser","node_id":"node_7","project_id":"prj_1","canvas_url":"https://app.flora.test/projects/prj_1","position":{"x":1}}""";

    private const string RunJson = """{"run_id":"run_9","type":"action","charged_cost":0.01,"estimated_seconds":12,"action":{"action_id":"rotate-image-browser"}}""";

    [Fact]
    public async Task CreateAsync_SlugAndParams_PostsFlorasBodyToTheProjectsActions()
    {
        var api = new StubApi().On(HttpMethod.Post, "projects/prj_1/actions", Reply.Json(CreatedJson, HttpStatusCode.Created));
        using var client = api.Client();

        var node = await client.Projects.Actions.CreateAsync(
            "prj_1", new ProjectActionCreateParams { ActionId = ActionIds.ColorGradeImage, Params = new JsonObject { ["brightness"] = 10 } });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/projects/prj_1/actions");
        Assert.Equal("""{"action_id":"color-grade-image-browser","params":{"brightness":10}}""", request.BodyText);
        Assert.Equal(("color-grade-image-browser", "node_7", "prj_1", "https://app.flora.test/projects/prj_1"), (node.ActionId, node.NodeId, node.ProjectId, node.CanvasUrl));
        Assert.Equal(1, node.AdditionalProperties["position"].GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task CreateAsync_NoParams_SendsOnlyTheSlug()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        var node = await client.Projects.Actions.CreateAsync("prj_a/b", new ProjectActionCreateParams { ActionId = "rotate-image-browser" });

        Assert.Equal("/api/v1/projects/prj_a%2Fb/actions", api.Single().PathAndQuery);
        Assert.Equal("""{"action_id":"rotate-image-browser"}""", api.Single().BodyText);
        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty), (node.ActionId, node.NodeId, node.ProjectId, node.CanvasUrl));
    }

    [Fact]
    public async Task RunAsync_ProjectAndNode_PostsWithoutBodyWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "projects/prj_1/actions/node_7/run", Reply.Json(RunJson, HttpStatusCode.Created));
        using var client = api.Client();

        var run = await client.Projects.Actions.RunAsync("prj_1", "node_7");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/projects/prj_1/actions/node_7/run");
        Assert.Null(request.Body);
        Assert.Equal(("run_9", "action", 12, "rotate-image-browser"), (run.RunId, run.Type, run.EstimatedSeconds, run.ActionId));
    }

    [Fact]
    public async Task RunAsync_RetriedAfter503_SendsTheSameIdempotencyKeyTwice()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json(RunJson));
        using var client = api.Client();

        await client.Projects.Actions.RunAsync("prj_1", "node/7", new RequestOptions { IdempotencyKey = "k-1" });

        Assert.Equal(["k-1", "k-1"], api.Requests.Select(r => r.Header("Idempotency-Key")));
        Assert.Equal("/api/v1/projects/prj_1/actions/node%2F7/run", api.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task WithRawResponse_BothCalls_AnswerTheStatusWithTheSameValue()
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "projects/prj_1/actions", Reply.Json(CreatedJson, HttpStatusCode.Created))
            .On(HttpMethod.Post, "projects/prj_1/actions/node_7/run", Reply.Json(RunJson, HttpStatusCode.Accepted));
        using var client = api.Client();

        var created = await client.Projects.Actions.WithRawResponse.CreateAsync("prj_1", new ProjectActionCreateParams { ActionId = "rotate-image-browser" });
        var run = await client.Projects.Actions.WithRawResponse.RunAsync("prj_1", "node_7");

        Assert.Equal((HttpStatusCode.Created, "node_7"), (created.StatusCode, created.Value.NodeId));
        Assert.Equal((HttpStatusCode.Accepted, "run_9"), (run.StatusCode, run.Value.RunId));
        Assert.Equal(await client.Projects.Actions.RunAsync("prj_1", "node_7"), run.Value);
    }

    [Theory]
    [InlineData("abc", "node_1")]
    [InlineData("prj_", "node_1")]
    [InlineData("", "node_1")]
    [InlineData(null, "node_1")]
    [InlineData("prj_1", "")]
    [InlineData("prj_1", " ")]
    [InlineData("prj_1", ".")]
    [InlineData("prj_1", "..")]
    [InlineData("prj_1", null)]
    public async Task RunAsync_BadIds_ThrowsWithoutSending(string? projectId, string? nodeId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.Actions.RunAsync(projectId!, nodeId!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.Actions.WithRawResponse.RunAsync(projectId!, nodeId!));
        Assert.Equal(0, api.Count);
    }

    [Theory]
    [InlineData("abc", "rotate-image-browser", "projectId")]
    [InlineData("prj_1", "", "parameters.ActionId")]
    [InlineData("prj_1", "..", "parameters.ActionId")]
    [InlineData("prj_1", null, "parameters.ActionId")]
    public async Task CreateAsync_BadProjectOrSlug_ThrowsNamingItWithoutSending(string projectId, string? actionId, string paramName)
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => client.Projects.Actions.CreateAsync(projectId, new ProjectActionCreateParams { ActionId = actionId! }));
        Assert.Equal(paramName, ex.ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Projects.Actions.CreateAsync("prj_1", null!));
        Assert.Equal(0, api.Count);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Projects;

public class ProjectCanvasServiceTests
{
    private const string Canvas =
        """{"project_id":"prj_1","canvas_url":"https://app.flora.test/p/prj_1","diagram":"graph LR\n  n1[\"Photo (Image)\"]","summary":{"node_count":1,"edge_count":0,"group_count":0,"isolated_node_count":1.0,"workflow_count":0,"layers":2},"theme":"dark"}""";

    [Fact]
    public async Task RetrieveAsync_ValidId_GetsTheCanvasAndReadsItLeniently()
    {
        var api = new StubApi().On(HttpMethod.Get, "projects/prj_1/canvas", Reply.Json(Canvas));
        using var client = api.Client();

        var canvas = await client.Projects.Canvas.RetrieveAsync("prj_1");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/projects/prj_1/canvas");
        Assert.Null(request.Body);
        Assert.Equal("prj_1", canvas.ProjectId);
        Assert.Equal("graph LR\n  n1[\"Photo (Image)\"]", canvas.Diagram);
        Assert.Equal(1, canvas.Summary!.NodeCount);
        Assert.Equal(1, canvas.Summary.IsolatedNodeCount);
        Assert.Equal("dark", canvas.AdditionalProperties["theme"].GetString());
        Assert.Equal(2, canvas.Summary.AdditionalProperties["layers"].GetInt32());
    }

    [Fact]
    public async Task RetrieveAsync_EmptyObject_ReadsEmptyStringsNeverNull()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        var canvas = await client.Projects.Canvas.RetrieveAsync("prj_1");

        Assert.Equal(string.Empty, canvas.ProjectId);
        Assert.Equal(string.Empty, canvas.Diagram);
        Assert.Null(canvas.Summary);
    }

    [Fact]
    public async Task UpdateAsync_Diagram_PatchesTheBodyWithAnIdempotencyKeyKeptAcrossARetry()
    {
        var api = new StubApi().On(new HttpMethod("PATCH"), "projects/prj_1/canvas",
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json("""{"project_id":"prj_1","canvas_url":"u","diagram":"d","created_node_count":2,"created_edge_count":1,"warnings":["subgraph ignored"]}"""));
        using var client = api.Client();
        var parameters = new ProjectCanvasUpdateParams
        {
            Diagram = "graph LR\n  img1[\"(Image)\"] --> out",
            NodeParams = new Dictionary<string, CanvasNodeParams>
            {
                ["img1"] = new() { ContentUrl = "https://cdn.test/a.png" },
                ["out"] = new() { Prompt = "a campaign image", ModelParameters = new JsonObject { ["seed"] = 7 } },
            },
        };

        var result = await client.Projects.Canvas.UpdateAsync("prj_1", parameters);

        Assert.Equal(2, api.Count);
        var request = api.Requests[1];
        RequestAssert.Sent(request, new HttpMethod("PATCH"), "/api/v1/projects/prj_1/canvas");
        JsonAssert.Equal(
            """{"diagram":"graph LR\n  img1[\"(Image)\"] --> out","node_params":{"img1":{"content_url":"https://cdn.test/a.png"},"out":{"prompt":"a campaign image","model_parameters":{"seed":7}}}}""",
            request.BodyText);
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), request.Header("Idempotency-Key"));
        Assert.Equal(2, result.CreatedNodeCount);
        Assert.Equal(["subgraph ignored"], result.Warnings);
    }

    [Fact]
    public async Task WithRawResponse_BothCalls_AnswerStatusHeadersAndValue()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "projects/prj_1/canvas", Reply.Json(Canvas, HttpStatusCode.OK, ("request-id", "req_g")))
            .On(new HttpMethod("PATCH"), "projects/prj_1/canvas", Reply.Json("""{"diagram":"d"}""", HttpStatusCode.Created, ("request-id", "req_p")));
        using var client = api.Client();

        var get = await client.Projects.Canvas.WithRawResponse.RetrieveAsync("prj_1");
        var patch = await client.Projects.Canvas.WithRawResponse.UpdateAsync("prj_1", new ProjectCanvasUpdateParams { Diagram = "graph LR\n a" });

        Assert.Equal(("req_g", "prj_1"), (get.RequestId, get.Value.ProjectId));
        Assert.Equal((HttpStatusCode.Created, "req_p", "d"), (patch.StatusCode, patch.RequestId, patch.Value.Diagram));
    }

    public static TheoryData<string, ProjectCanvasUpdateParams?> InvalidUpdates() => new()
    {
        { "", new ProjectCanvasUpdateParams { Diagram = "graph LR" } },
        { "..", new ProjectCanvasUpdateParams { Diagram = "graph LR" } },
        { "abc", new ProjectCanvasUpdateParams { Diagram = "graph LR" } },
        { "prj_1", null },
        { "prj_1", new ProjectCanvasUpdateParams { Diagram = " " } },
        { "prj_1", new ProjectCanvasUpdateParams { Diagram = "graph LR", NodeParams = new Dictionary<string, CanvasNodeParams> { [" "] = new() } } },
        { "prj_1", new ProjectCanvasUpdateParams { Diagram = "graph LR", NodeParams = new Dictionary<string, CanvasNodeParams> { ["a"] = new() { ContentUrl = "https://x.test/a.png", Prompt = "p" } } } },
        { "prj_1", new ProjectCanvasUpdateParams { Diagram = "graph LR", NodeParams = new Dictionary<string, CanvasNodeParams> { ["a"] = new() { ContentUrl = "http://x.test/a.png" } } } },
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task UpdateAsync_InvalidInput_ThrowsWithoutSending(string projectId, ProjectCanvasUpdateParams? parameters)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.Canvas.UpdateAsync(projectId, parameters!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.Canvas.WithRawResponse.UpdateAsync(projectId, parameters!));

        Assert.Equal(0, api.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("ws_1")]
    [InlineData("prj_")]
    public async Task RetrieveAsync_InvalidProjectId_ThrowsWithoutSending(string projectId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Projects.Canvas.RetrieveAsync(projectId));

        Assert.Equal(0, api.Count);
    }
}

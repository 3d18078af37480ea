using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Generations;

public class GenerationServiceTests
{
    internal const string StartJson =
        """{"run_id":"run_g","type":"generation","charged_cost":0.04,"estimated_seconds":12,"poll_url":"https://api.flora.test/api/v1/runs/run_g","project_id":"prj_1","model":{"model_id":"flux-pro"},"technique":null,"action":null,"queue":"fast"}""";

    internal static GenerationCreateParams Valid(
        string workspaceId = "ws_1", string projectId = "prj_1", string prompt = "a red fox", string type = GenerationType.Image, Uri? callbackUrl = null, string? model = null) => new()
        {
            WorkspaceId = workspaceId,
            ProjectId = projectId,
            Prompt = prompt,
            Type = type,
            Model = model,
            CallbackUrl = callbackUrl,
        };

    [Fact]
    public async Task CreateAsync_ValidParams_PostsToGenerateWithAnIdempotencyKeyAndFlattensTheModel()
    {
        var api = new StubApi().On(HttpMethod.Post, "generate", Reply.Json(StartJson, HttpStatusCode.Created));
        using var client = api.Client();

        var started = await client.Generations.CreateAsync(new GenerationCreateParams
        {
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            Prompt = "a red fox",
            Type = GenerationType.Image,
            Model = "flux-pro",
            Params = new Dictionary<string, JsonNode?> { ["seed"] = 7, ["style"] = "photo" },
            CallbackUrl = new Uri("https://hooks.example.com/g"),
        });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/generate");
        Assert.True(Guid.TryParse(request.Header("Idempotency-Key"), out _));
        Assert.Equal(
            """{"workspace_id":"ws_1","project_id":"prj_1","prompt":"a red fox","type":"image","model":"flux-pro","params":{"seed":7,"style":"photo"},"callback_url":"https://hooks.example.com/g"}""",
            request.BodyText);
        Assert.Equal(("run_g", "generation", 0.04m, 12), (started.RunId, started.Type, started.ChargedCost, started.EstimatedSeconds));
        Assert.Equal(("prj_1", "flux-pro"), (started.ProjectId, started.ModelId));
        Assert.Null(started.TechniqueId);
        Assert.Null(started.ActionId);
        Assert.Equal(["queue"], started.AdditionalProperties.Keys);
    }

    [Fact]
    public async Task CreateAsync_OnlyRequiredFields_SendsNoOptionalField()
    {
        var api = new StubApi().OnAny(Reply.Json(StartJson));
        using var client = api.Client();

        await client.Generations.CreateAsync(Valid());

        Assert.Equal("""{"workspace_id":"ws_1","project_id":"prj_1","prompt":"a red fox","type":"image"}""", api.Single().BodyText);
    }

    [Fact]
    public async Task CreateAsync_RetriedAfter503_SendsTheSameIdempotencyKeyTwice()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json(StartJson));
        using var client = api.Client();

        await client.Generations.CreateAsync(Valid());

        var keys = api.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.False(string.IsNullOrEmpty(keys[0]));
        Assert.Equal(keys[0], keys[1]);
    }

    [Theory]
    [InlineData("abc", "prj_1", "p", "image", null)]
    [InlineData("ws_1", "proj_1", "p", "image", null)]
    [InlineData("ws_1", "", "p", "image", null)]
    [InlineData("ws_1", "prj_1", " ", "image", null)]
    [InlineData("ws_1", "prj_1", "", "image", null)]
    [InlineData("ws_1", "prj_1", "p", " ", null)]
    [InlineData("ws_1", "prj_1", "p", "image", "http://hooks.example.com/g")]
    [InlineData("ws_1", "prj_1", "p", "image", "ftp://hooks.example.com/g")]
    public async Task CreateAsync_InvalidParams_ThrowsWithoutSending(string workspaceId, string projectId, string prompt, string type, string? callbackUrl)
    {
        var api = new StubApi();
        using var client = api.Client();
        var parameters = Valid(workspaceId, projectId, prompt, type, callbackUrl is null ? null : new Uri(callbackUrl));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Generations.CreateAsync(parameters));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Generations.WithRawResponse.CreateAsync(parameters));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.StartGenerationAsync(parameters));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task CreateAsync_BlankModel_ThrowsWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Generations.CreateAsync(Valid(model: " ")));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Generations.CreateAsync(null!));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_ValidId_GetsTheRun()
    {
        var api = new StubApi().On(HttpMethod.Get, "runs/run_g", Reply.Json(
            """{"run_id":"run_g","status":"failed","progress":40,"error_code":"model_error","error_message":"Model failed","created_at":1764547200}""",
            HttpStatusCode.OK, ("request-id", "req_g")));
        using var client = api.Client();

        var run = await client.Generations.RetrieveAsync("run_g");
        var raw = await client.Generations.WithRawResponse.RetrieveAsync("run_g");

        RequestAssert.Sent(api.Requests[0], HttpMethod.Get, "/api/v1/runs/run_g");
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(("model_error", "Model failed"), (run.ErrorCode, run.ErrorMessage));
        Assert.Equal("req_g", raw.RequestId);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task RetrieveAsync_InvalidId_ThrowsWithoutSending(string runId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Generations.RetrieveAsync(runId));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task ListAsync_TwoPages_GetsGenerationsWithFiltersAndFlattensTheModel()
    {
        const string First = "generations?workspace_id=ws_1&project_id=prj_1&status=running&limit=1";
        var api = new StubApi()
            .On(HttpMethod.Get, First + "&cursor=c2", Reply.Json(
                """{"generations":[{"run_id":"run_b","generation_id":"gen_b","status":"running","progress":10,"workspace_id":"ws_1","project_id":"prj_1","model":{"model_id":null}}],"meta":{"next_cursor":null}}"""))
            .On(HttpMethod.Get, First, Reply.Json(
                """{"generations":[{"run_id":"run_a","generation_id":"gen_a","status":"running","progress":50.5,"workspace_id":"ws_1","project_id":"prj_1","model":{"model_id":"flux-pro"}}],"meta":{"next_cursor":"c2"}}"""));
        using var client = api.Client();

        var runs = new List<Run>();
        await foreach (var run in client.Generations.ListAsync(new GenerationListParams { WorkspaceId = "ws_1", ProjectId = "prj_1", Status = RunStatus.Running, Limit = 1 }))
        {
            runs.Add(run);
        }

        Assert.Equal(["/api/v1/" + First, "/api/v1/" + First + "&cursor=c2"], api.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(["gen_a", "gen_b"], runs.Select(r => r.GenerationId));
        Assert.Equal("flux-pro", runs[0].ModelId);
        Assert.Null(runs[1].ModelId);
        Assert.Equal(50.5, runs[0].Progress);
        Assert.False(runs[0].AdditionalProperties.ContainsKey("model"));
    }

    [Fact]
    public async Task WithRawResponse_ListPageAsync_GetsOnePage()
    {
        var api = new StubApi().On(HttpMethod.Get, "generations", Reply.Json("""{"generations":[{"run_id":"run_a"}],"meta":{"next_cursor":"c2"}}""", HttpStatusCode.OK, ("request-id", "req_gl")));
        using var client = api.Client();

        var raw = await client.Generations.WithRawResponse.ListPageAsync();

        Assert.Equal("req_gl", raw.RequestId);
        Assert.Equal("c2", raw.Value.NextCursor);
        Assert.Equal("run_a", Assert.Single(raw.Value.Items).RunId);
    }

    [Theory]
    [InlineData("abc", null, null)]
    [InlineData(null, "abc", null)]
    [InlineData(null, null, 0)]
    [InlineData(null, null, 101)]
    public async Task ListAsync_InvalidParameters_ThrowsAtOnceWithoutSending(string? workspaceId, string? projectId, int? limit)
    {
        var api = new StubApi();
        using var client = api.Client();
        var parameters = new GenerationListParams { WorkspaceId = workspaceId, ProjectId = projectId, Limit = limit };

        Assert.ThrowsAny<ArgumentException>(() => client.Generations.ListAsync(parameters));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Generations.WithRawResponse.ListPageAsync(parameters));
        Assert.Equal(0, api.Count);
    }
}

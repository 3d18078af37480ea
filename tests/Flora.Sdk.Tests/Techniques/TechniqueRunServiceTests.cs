using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Techniques;

public class TechniqueRunServiceTests
{
    private const string RunJson =
        """{"run_id":"run_1","status":"pending","progress":0,"created_at":1764547200,"poll_url":"https://api.flora.test/api/v1/runs/run_1"}""";

    private static TechniqueRunCreateParams OneInput(string mode = "async", Uri? callbackUrl = null) => new()
    {
        Inputs = [TechniqueRunInput.Text("prompt", "a red fox")],
        Mode = mode,
        CallbackUrl = callbackUrl,
    };

    [Fact]
    public async Task CreateAsync_ValidParams_PostsInputsModeAndCallbackWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "techniques/tech_upscale/runs", Reply.Json(RunJson, HttpStatusCode.Created));
        using var client = api.Client();

        var run = await client.Techniques.Runs.CreateAsync("tech_upscale", new TechniqueRunCreateParams
        {
            Inputs = [TechniqueRunInput.Text("prompt", "a red fox"), new TechniqueRunInput { Id = "image", Type = "imageUrl", Value = "https://cdn.flora.test/a.png" }],
            CallbackUrl = new Uri("https://hooks.example.com/flora"),
        });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/techniques/tech_upscale/runs");
        Assert.True(Guid.TryParse(request.Header("Idempotency-Key"), out _));
        Assert.Equal(
            """{"inputs":[{"id":"prompt","type":"text","value":"a red fox"},{"id":"image","type":"imageUrl","value":"https://cdn.flora.test/a.png"}],"mode":"async","callback_url":"https://hooks.example.com/flora"}""",
            request.BodyText);
        Assert.Equal("application/json", request.ContentHeaders["Content-Type"].Split(';')[0]);
        Assert.Equal("run_1", run.RunId);
        Assert.Equal(RunStatus.Pending, run.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764547200), run.CreatedAt);
        Assert.Equal("https://api.flora.test/api/v1/runs/run_1", run.PollUrl);
    }

    [Fact]
    public async Task CreateAsync_NoCallback_LeavesItOutOfTheBody()
    {
        var api = new StubApi().OnAny(Reply.Json(RunJson));
        using var client = api.Client();

        await client.Techniques.Runs.CreateAsync("tech_a", OneInput());

        Assert.Equal("""{"inputs":[{"id":"prompt","type":"text","value":"a red fox"}],"mode":"async"}""", api.Single().BodyText);
    }

    [Fact]
    public async Task CreateAsync_RetriedAfter503_SendsTheSameIdempotencyKeyTwice()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json(RunJson));
        using var client = api.Client();

        await client.Techniques.Runs.CreateAsync("tech_a", OneInput());

        Assert.Equal(2, api.Count);
        var keys = api.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.False(string.IsNullOrEmpty(keys[0]));
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task CreateAsync_LoopbackHttpCallback_IsAllowed()
    {
        var api = new StubApi().OnAny(Reply.Json(RunJson));
        using var client = api.Client();

        await client.Techniques.Runs.CreateAsync("tech_a", OneInput(callbackUrl: new Uri("http://127.0.0.1:5050/hook")));

        Assert.Contains("\"callback_url\":\"http://127.0.0.1:5050/hook\"", api.Single().BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no inputs")]
    [InlineData("null inputs")]
    [InlineData("null input")]
    [InlineData("blank input id")]
    [InlineData("blank input type")]
    [InlineData("null value")]
    [InlineData("stream")]
    [InlineData("blank mode")]
    [InlineData("http remote")]
    [InlineData("ftp")]
    [InlineData("relative")]
    public async Task CreateAsync_InvalidParams_ThrowsWithoutSending(string which)
    {
        var api = new StubApi();
        using var client = api.Client();
        var parameters = which switch
        {
            "no inputs" => new TechniqueRunCreateParams { Inputs = [] },
            "null inputs" => new TechniqueRunCreateParams { Inputs = null! },
            "null input" => new TechniqueRunCreateParams { Inputs = [null!] },
            "blank input id" => new TechniqueRunCreateParams { Inputs = [new TechniqueRunInput { Id = " ", Type = "text", Value = "v" }] },
            "blank input type" => new TechniqueRunCreateParams { Inputs = [new TechniqueRunInput { Id = "a", Type = "", Value = "v" }] },
            "null value" => new TechniqueRunCreateParams { Inputs = [new TechniqueRunInput { Id = "a", Type = "text", Value = null! }] },
            "stream" => OneInput(mode: "stream"),
            "blank mode" => OneInput(mode: ""),
            "http remote" => OneInput(callbackUrl: new Uri("http://hooks.example.com/flora")),
            "ftp" => OneInput(callbackUrl: new Uri("ftp://hooks.example.com/flora")),
            _ => OneInput(callbackUrl: new Uri("/hook", UriKind.Relative)),
        };

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.Runs.CreateAsync("tech_a", parameters));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.Runs.WithRawResponse.CreateAsync("tech_a", parameters));
        Assert.StartsWith("parameters.", ex.ParamName, StringComparison.Ordinal);
        Assert.Equal(0, api.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task CreateAsync_InvalidTechniqueId_ThrowsWithoutSending(string techniqueId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.Runs.CreateAsync(techniqueId, OneInput()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Techniques.Runs.CreateAsync("tech_a", null!));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_ValidIds_GetsTheRunUnderItsTechnique()
    {
        var api = new StubApi().On(HttpMethod.Get, "techniques/tech_a/runs/run_1", Reply.Json(
            """{"run_id":"run_1","status":"completed","progress":100,"created_at":1764547200000,"started_at":1764547201000,"completed_at":1764547205000,"charged_cost":0.5,"outputs":[{"output_id":"out","type":"imageUrl","url":"https://cdn.flora.test/o.png","extra":1}]}"""));
        using var client = api.Client();

        var run = await client.Techniques.Runs.RetrieveAsync("tech_a", "run_1");

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/techniques/tech_a/runs/run_1");
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(100, run.Progress);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547200000), run.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547205000), run.CompletedAt);
        Assert.Equal(0.5m, run.ChargedCost);
        var output = Assert.Single(run.Outputs);
        Assert.Equal(("out", "imageUrl", "https://cdn.flora.test/o.png"), (output.OutputId, output.Type, output.Url));
        Assert.Equal(1, output.AdditionalProperties["extra"].GetInt32());
    }

    [Fact]
    public async Task RetrieveAsync_UnknownStatusAndFieldsLeftOut_AreKeptAndReadLeniently()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"status":"queued_for_gpu","surprise":{"a":1}}"""));
        using var client = api.Client();

        var run = await client.Techniques.Runs.RetrieveAsync("tech_a", "run_1");

        Assert.Equal("queued_for_gpu", run.Status.ToString());
        Assert.False(run.Status.IsKnown);
        Assert.Equal(string.Empty, run.RunId);
        Assert.Empty(run.Outputs);
        Assert.Null(run.CreatedAt);
        Assert.Equal(1, run.AdditionalProperties["surprise"].GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task RetrieveAsync_IdsWithSlash_AreEscapedAsSegments()
    {
        var api = new StubApi().OnAny(Reply.Json(RunJson));
        using var client = api.Client();

        await client.Techniques.Runs.RetrieveAsync("a/b", "run/1");

        Assert.Equal("/api/v1/techniques/a%2Fb/runs/run%2F1", api.Single().PathAndQuery);
    }

    [Theory]
    [InlineData("", "run_1")]
    [InlineData("..", "run_1")]
    [InlineData("tech_a", "")]
    [InlineData("tech_a", ".")]
    [InlineData("tech_a", " ")]
    public async Task RetrieveAsync_InvalidIds_ThrowWithoutSending(string techniqueId, string runId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.Runs.RetrieveAsync(techniqueId, runId));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task WithRawResponse_CreateAsync_HasStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json(RunJson, HttpStatusCode.Created, ("request-id", "req_c")));
        using var client = api.Client();

        var raw = await client.Techniques.Runs.WithRawResponse.CreateAsync("tech_a", OneInput(), new RequestOptions { IdempotencyKey = "k-1" });

        Assert.Equal(HttpStatusCode.Created, raw.StatusCode);
        Assert.Equal("req_c", raw.RequestId);
        Assert.Equal("run_1", raw.Value.RunId);
        Assert.Equal("k-1", api.Single().Header("Idempotency-Key"));
    }

    [Fact]
    public async Task ListAsync_TwoPages_GetsTechniqueRunsWithFiltersAndFlattensTheTechnique()
    {
        const string First = "technique-runs?workspace_id=ws_1&project_id=prj_1&technique_id=tech_a&status=completed&limit=1";
        var api = new StubApi()
            .On(HttpMethod.Get, First + "&cursor=n%2F2", Reply.Json(
                """{"technique_runs":[{"run_id":"run_2","technique_run_id":"run_2","status":"completed","progress":100,"workspace_id":"ws_1","project_id":"prj_1","technique":{"technique_id":"tech_a","name":"A"},"created_at":1764547200}],"meta":{"next_cursor":null}}"""))
            .On(HttpMethod.Get, First, Reply.Json(
                """{"technique_runs":[{"run_id":"run_1","technique_run_id":"run_1","status":"completed","progress":100,"workspace_id":"ws_1","project_id":"prj_1","technique":{"technique_id":"tech_a","name":"A"},"created_at":1764547200000}],"meta":{"next_cursor":"n/2"}}"""));
        using var client = api.Client();

        var runs = new List<Run>();
        await foreach (var run in client.Techniques.Runs.ListAsync(new TechniqueRunListParams
        {
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            TechniqueId = "tech_a",
            Status = RunStatus.Completed,
            Limit = 1,
        }))
        {
            runs.Add(run);
        }

        Assert.Equal(["/api/v1/" + First, "/api/v1/" + First + "&cursor=n%2F2"], api.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(["run_1", "run_2"], runs.Select(r => r.RunId));
        Assert.Equal(("tech_a", "A", "run_1"), (runs[0].TechniqueId, runs[0].TechniqueName, runs[0].TechniqueRunId));
        Assert.Equal(("ws_1", "prj_1"), (runs[0].WorkspaceId, runs[0].ProjectId));
        Assert.False(runs[0].AdditionalProperties.ContainsKey("technique"));
        Assert.Equal(runs[0].CreatedAt, runs[1].CreatedAt);
    }

    [Fact]
    public async Task WithRawResponse_ListPageAsync_NoParameters_GetsThePlainPath()
    {
        var api = new StubApi().On(HttpMethod.Get, "technique-runs", Reply.Json("""{"technique_runs":[]}""", HttpStatusCode.OK, ("request-id", "req_l")));
        using var client = api.Client();

        var raw = await client.Techniques.Runs.WithRawResponse.ListPageAsync();

        Assert.Equal("/api/v1/technique-runs", api.Single().PathAndQuery);
        Assert.Equal("req_l", raw.RequestId);
        Assert.Empty(raw.Value.Items);
        Assert.Null(raw.Value.NextCursor);
    }

    [Theory]
    [InlineData("abc", null, null, null)]
    [InlineData(null, "proj_1", null, null)]
    [InlineData(null, null, "..", null)]
    [InlineData(null, null, null, 0)]
    [InlineData(null, null, null, 101)]
    public async Task ListAsync_InvalidParameters_ThrowsAtOnceWithoutSending(string? workspaceId, string? projectId, string? techniqueId, int? limit)
    {
        var api = new StubApi();
        using var client = api.Client();
        var parameters = new TechniqueRunListParams { WorkspaceId = workspaceId, ProjectId = projectId, TechniqueId = techniqueId, Limit = limit };

        Assert.ThrowsAny<ArgumentException>(() => client.Techniques.Runs.ListAsync(parameters));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.Runs.WithRawResponse.ListPageAsync(parameters));
        Assert.Equal(0, api.Count);
    }
}

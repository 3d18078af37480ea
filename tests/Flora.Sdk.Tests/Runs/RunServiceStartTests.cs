using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.Generations;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Runs;

public class RunServiceStartTests
{
    private const string StartJson =
        """{"run_id":"run_t","type":"technique","charged_cost":0.25,"estimated_seconds":null,"poll_url":null,"project_id":null,"technique":{"technique_id":"tech_a","name":"A"},"action":{"action_id":"crop-image-browser"}}""";

    private static RunStartTechniqueParams Valid(string techniqueId = "tech_a", string workspaceId = "ws_1") => new()
    {
        TechniqueId = techniqueId,
        WorkspaceId = workspaceId,
        Inputs = new Dictionary<string, JsonNode?> { ["image"] = "https://cdn.flora.test/a.png" },
    };

    [Fact]
    public async Task StartTechniqueAsync_ValidParams_PostsToRunsTechniqueAndFlattensTheTechnique()
    {
        var api = new StubApi().On(HttpMethod.Post, "runs/technique", Reply.Json(StartJson, HttpStatusCode.Created));
        using var client = api.Client();

        var started = await client.Runs.StartTechniqueAsync(Valid());

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/runs/technique");
        Assert.True(Guid.TryParse(request.Header("Idempotency-Key"), out _));
        Assert.Equal("""{"technique_id":"tech_a","workspace_id":"ws_1","inputs":{"image":"https://cdn.flora.test/a.png"}}""", request.BodyText);
        Assert.Equal(("run_t", "technique", 0.25m), (started.RunId, started.Type, started.ChargedCost));
        Assert.Null(started.EstimatedSeconds);
        Assert.Null(started.PollUrl);
        Assert.Equal(("tech_a", "A", "crop-image-browser"), (started.TechniqueId, started.TechniqueName, started.ActionId));
        Assert.Empty(started.AdditionalProperties);
    }

    [Fact]
    public async Task StartTechniqueAsync_RetriedAfter503_SendsTheSameIdempotencyKeyTwice()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json(StartJson));
        using var client = api.Client();

        await client.Runs.StartTechniqueAsync(Valid());

        var keys = api.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.False(string.IsNullOrEmpty(keys[0]));
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task WithRawResponse_StartTechniqueAsync_HasStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json(StartJson, HttpStatusCode.Created, ("request-id", "req_s")));
        using var client = api.Client();

        var raw = await client.Runs.WithRawResponse.StartTechniqueAsync(Valid(), new RequestOptions { IdempotencyKey = "start-1" });

        Assert.Equal(HttpStatusCode.Created, raw.StatusCode);
        Assert.Equal("req_s", raw.RequestId);
        Assert.Equal("start-1", api.Single().Header("Idempotency-Key"));
    }

    [Theory]
    [InlineData("", "ws_1")]
    [InlineData("..", "ws_1")]
    [InlineData("tech_a", "abc")]
    [InlineData("tech_a", "ws_")]
    public async Task StartTechniqueAsync_InvalidIds_ThrowWithoutSending(string techniqueId, string workspaceId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.StartTechniqueAsync(Valid(techniqueId, workspaceId)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.WithRawResponse.StartTechniqueAsync(Valid(techniqueId, workspaceId)));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task StartTechniqueAsync_EmptyOrBlankInputs_ThrowWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.StartTechniqueAsync(Valid() with { Inputs = new Dictionary<string, JsonNode?>() }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.StartTechniqueAsync(Valid() with { Inputs = new Dictionary<string, JsonNode?> { [" "] = "x" } }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Runs.StartTechniqueAsync(null!));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task StartGenerationAsync_ValidParams_PostsToRunsGenerationWithAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "runs/generation", Reply.Json(GenerationServiceTests.StartJson, HttpStatusCode.OK, ("request-id", "req_sg")));
        using var client = api.Client();

        var started = await client.Runs.StartGenerationAsync(GenerationServiceTests.Valid(type: GenerationType.Video));
        var raw = await client.Runs.WithRawResponse.StartGenerationAsync(GenerationServiceTests.Valid(type: GenerationType.Video));

        var request = api.Requests[0];
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/runs/generation");
        Assert.Equal("""{"workspace_id":"ws_1","project_id":"prj_1","prompt":"a red fox","type":"video"}""", request.BodyText);
        Assert.NotEqual(request.Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
        Assert.Equal(("run_g", "flux-pro"), (started.RunId, started.ModelId));
        Assert.Equal("req_sg", raw.RequestId);
    }
}

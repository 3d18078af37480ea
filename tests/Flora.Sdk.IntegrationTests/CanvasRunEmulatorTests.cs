using System.Net;
using System.Text.Json;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// Action runs and node runs in the emulator, over raw HTTP: pending, running for ProcessingTime, then completed with
/// outputs, answered by <c>GET /runs/{id}</c> like technique runs; a node's graph status follows its run.
/// </summary>
public sealed class CanvasRunEmulatorTests
{
    [Fact]
    public async Task RunAction_ProgressesLikeATechniqueRunAndCompletesWithOutputs()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(1) });
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, "runs/action", JsonSerializer.Serialize(new
        {
            action_id = "split-audio-from-video",
            inputs = new[] { new { type = "video", url = "https://media.flora.ai/clip.mp4" } },
            project_id = emulator.ProjectId,
            workspace_id = emulator.WorkspaceId,
            @params = new { audio_format = "mp3" },
        }));
        var started = await RawApi.JsonAsync(response);
        var runId = started.GetProperty("run_id").GetString()!;
        var pending = await CanvasEmulatorTests.GetAsync(raw, "runs/" + runId);
        clock.Advance(TimeSpan.FromSeconds(30));
        var running = await CanvasEmulatorTests.GetAsync(raw, "runs/" + runId);
        clock.Advance(TimeSpan.FromSeconds(30));
        var completed = await CanvasEmulatorTests.GetAsync(raw, "runs/" + runId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("action", "split-audio-from-video", emulator.ProjectId), (started.GetProperty("type").GetString(),
            started.GetProperty("action").GetProperty("action_id").GetString(), started.GetProperty("project_id").GetString()));
        Assert.EndsWith("/api/v1/runs/" + runId, started.GetProperty("poll_url").GetString(), StringComparison.Ordinal);
        Assert.False(started.TryGetProperty("technique", out _));
        Assert.Equal(("pending", "running", "completed"), (pending.GetProperty("status").GetString(), running.GetProperty("status").GetString(), completed.GetProperty("status").GetString()));
        Assert.False(running.TryGetProperty("outputs", out _));
        var outputs = completed.GetProperty("outputs").EnumerateArray().Select(o => (o.GetProperty("output_id").GetString(), o.GetProperty("type").GetString())).ToList();
        Assert.Equal([("audio", "audioUrl"), ("video", "videoUrl")], outputs);
    }

    [Fact]
    public async Task RunProjectAction_TheNodeGeneratesUntilItsRunCompletes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(1) });
        using var raw = new RawApi(emulator);
        var canvas = new CanvasEmulatorTests.CanvasPaths(emulator);
        using var created = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions", """{"action_id":"rotate-image-browser","params":{"angle":90}}""");
        var nodeId = (await RawApi.JsonAsync(created)).GetProperty("node_id").GetString();

        using var response = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions/{nodeId}/run");
        var runId = (await RawApi.JsonAsync(response)).GetProperty("run_id").GetString();
        using var again = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions/{nodeId}/run");
        var generating = Node(await CanvasEmulatorTests.GetAsync(raw, canvas.Graph), nodeId!);
        clock.Advance(TimeSpan.FromMinutes(1));
        var done = Node(await CanvasEmulatorTests.GetAsync(raw, canvas.Graph), nodeId!);
        var run = await CanvasEmulatorTests.GetAsync(raw, "runs/" + runId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("generating", generating.GetProperty("status").GetString());
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(run.GetProperty("outputs")[0].GetProperty("url").GetString(), done.GetProperty("output_url").GetString());
    }

    [Fact]
    public async Task RunNodes_StartsGenerationsTheGraphAndTheRunBothShow()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(1) });
        using var raw = new RawApi(emulator);
        var canvas = new CanvasEmulatorTests.CanvasPaths(emulator);
        var added = await CanvasEmulatorTests.ApplyAsync(raw, canvas, """{"add":[{"ref":"cat","type":"image","prompt":"a cat"},{"ref":"poem","type":"text","prompt":"a poem"}]}""");
        var cat = added.GetProperty("created").GetProperty("cat").GetProperty("id").GetString()!;
        var poem = added.GetProperty("created").GetProperty("poem").GetProperty("node_id").GetString()!;

        using var response = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/nodes/run", JsonSerializer.Serialize(new { node_ids = new[] { cat, poem } }));
        var runs = (await RawApi.JsonAsync(response)).GetProperty("runs").EnumerateArray().ToList();
        using var twice = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/nodes/run", JsonSerializer.Serialize(new { node_ids = new[] { cat } }));
        var before = await CanvasEmulatorTests.GetAsync(raw, canvas.Graph);
        clock.Advance(TimeSpan.FromMinutes(1));
        var after = await CanvasEmulatorTests.GetAsync(raw, canvas.Graph);
        var catRun = await CanvasEmulatorTests.GetAsync(raw, "runs/" + runs[0].GetProperty("run_id").GetString());

        Assert.Equal([cat, poem], runs.Select(r => r.GetProperty("node_id").GetString()));
        Assert.All(runs, r => Assert.Equal(("started", "generation"), (r.GetProperty("status").GetString(), r.GetProperty("type").GetString())));
        Assert.Equal("emulator-image", runs[0].GetProperty("model").GetProperty("model_id").GetString());
        Assert.Equal("generation_already_running", (await RawApi.JsonAsync(twice)).GetProperty("runs")[0].GetProperty("reason").GetString());
        Assert.Equal("generating", Node(before, cat).GetProperty("status").GetString());
        Assert.NotEqual(before.GetProperty("revision").GetString(), after.GetProperty("revision").GetString());
        Assert.Equal("completed", catRun.GetProperty("status").GetString());
        Assert.Equal(("done", catRun.GetProperty("outputs")[0].GetProperty("url").GetString()), (Node(after, cat).GetProperty("status").GetString(), Node(after, cat).GetProperty("output_url").GetString()));
        Assert.StartsWith("Emulated text", Node(after, poem).GetProperty("output_text").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Node(JsonElement graph, string id) =>
        graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id || n.GetProperty("node_id").GetString() == id);
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's techniques, runs, generations and models, over raw HTTP, in FLORA's SDK 0.11.0 shapes.</summary>
public sealed class EmulatorRunTests
{
    private const string Upscale = "tech_emulator_upscale";

    [Fact]
    public async Task ListTechniques_PagesAndFilters_InCatalogShape()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        var first = await OkAsync(api, HttpMethod.Get, "techniques?limit=2");
        var cursor = first.GetProperty("meta").GetProperty("next_cursor").GetString()!;
        var rest = await OkAsync(api, HttpMethod.Get, "techniques?limit=100&cursor=" + Uri.EscapeDataString(cursor));
        var found = await OkAsync(api, HttpMethod.Get, "techniques?query=caption&workspace_id=" + emulator.WorkspaceId);

        var ids = first.GetProperty("techniques").EnumerateArray().Concat(rest.GetProperty("techniques").EnumerateArray())
            .Select(t => t.GetProperty("technique_id").GetString()!).ToList();
        Assert.Equal(FloraEmulator.TechniqueIds, ids);
        Assert.All(ids, id => Assert.StartsWith("tech_", id));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("meta").GetProperty("next_cursor").ValueKind);
        Assert.Equal(["tech_emulator_caption"], found.GetProperty("techniques").EnumerateArray().Select(t => t.GetProperty("technique_id").GetString()));
        AssertNoNulls(first.GetProperty("techniques"));
    }

    [Fact]
    public async Task RetrieveTechnique_KnownAndUnknown_AnswersDefinitionOr404()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        var technique = await OkAsync(api, HttpMethod.Get, $"techniques/{Upscale}");
        using var missing = await api.SendAsync(HttpMethod.Get, "techniques/tech_nope");

        Assert.Equal("imageUrl", technique.GetProperty("inputs")[0].GetProperty("type").GetString());
        Assert.Equal("imageUrl", technique.GetProperty("outputs")[0].GetProperty("type").GetString());
        Assert.True(technique.GetProperty("run_cost").GetDouble() > 0);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("not_found", await RawApi.ErrorCodeAsync(missing));
    }

    [Fact]
    public async Task TechniqueRun_WithProcessingTime_GoesPendingRunningCompleted_OutputIsTheInputBytes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromSeconds(10), StoreUploads = true });
        using var api = new RawApi(emulator);
        var bytes = TestData.RandomBytes(5000);
        var asset = await emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), TestData.UploadParams(emulator, "in.png"));
        clock.Advance(TimeSpan.FromSeconds(10)); // the asset's own processing
        var body = Json(new { inputs = new[] { new { id = "image", type = "imageUrl", value = asset.Url } }, mode = "async" });

        using var created = await api.SendAsync(HttpMethod.Post, $"techniques/{Upscale}/runs", body);
        var run = await RawApi.JsonAsync(created);
        var runId = run.GetProperty("run_id").GetString()!;
        clock.Advance(TimeSpan.FromSeconds(5));
        var running = await OkAsync(api, HttpMethod.Get, $"runs/{runId}");
        using var early = await new HttpClient().GetAsync(new Uri(emulator.ServerUrl, $"outputs/{runId}/image.png"));
        clock.Advance(TimeSpan.FromSeconds(5));
        var completed = await OkAsync(api, HttpMethod.Get, $"techniques/{Upscale}/runs/{runId}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("pending", 0), (run.GetProperty("status").GetString(), run.GetProperty("progress").GetInt32()));
        Assert.False(run.TryGetProperty("outputs", out _));
        Assert.False(run.TryGetProperty("started_at", out _));
        Assert.Equal(("running", 50), (running.GetProperty("status").GetString(), running.GetProperty("progress").GetInt32()));
        Assert.True(running.TryGetProperty("started_at", out _));
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal(("completed", 100), (completed.GetProperty("status").GetString(), completed.GetProperty("progress").GetInt32()));
        AssertNoNulls(completed);
        var output = completed.GetProperty("outputs")[0];
        Assert.Equal("imageUrl", output.GetProperty("type").GetString());
        using var http = new HttpClient();
        using var served = await http.GetAsync(output.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(emulator.GetAsset(asset.AssetId)!.ContentType ?? "image/png", served.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Generation_ImageAndText_OutputsDeriveFromThePrompt()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        using var api = new RawApi(emulator);
        const string Prompt = "A ceramic mug on a sunlit table";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Prompt)));

        var image = await OkAsync(api, HttpMethod.Post, "generate", Json(new { workspace_id = emulator.WorkspaceId, project_id = emulator.ProjectId, type = "image", prompt = Prompt }));
        var text = await OkAsync(api, HttpMethod.Post, "runs/generation", Json(new { workspace_id = emulator.WorkspaceId, project_id = emulator.ProjectId, type = "text", prompt = Prompt, model = "emulator-text", @params = new { temperature = 0.5 } }));
        var imageRun = await OkAsync(api, HttpMethod.Get, "runs/" + image.GetProperty("run_id").GetString());
        var textRun = await OkAsync(api, HttpMethod.Get, "runs/" + text.GetProperty("run_id").GetString());
        using var http = new HttpClient();
        using var svg = await http.GetAsync(imageRun.GetProperty("outputs")[0].GetProperty("url").GetString());

        Assert.Equal(("generation", "emulator-image"), (image.GetProperty("type").GetString(), image.GetProperty("model").GetProperty("model_id").GetString()));
        Assert.Equal(emulator.ProjectId, image.GetProperty("project_id").GetString());
        Assert.EndsWith("/api/v1/runs/" + image.GetProperty("run_id").GetString(), image.GetProperty("poll_url").GetString());
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("sha256:" + hash, await svg.Content.ReadAsStringAsync());
        Assert.Equal("text", textRun.GetProperty("outputs")[0].GetProperty("type").GetString());
        Assert.EndsWith(hash, textRun.GetProperty("outputs")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task FailIds_TechniqueAndModel_RunsEndFailedWithCodeAndMessage()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        var technique = await OkAsync(api, HttpMethod.Post, "runs/technique", Json(new { technique_id = "tech_emulator_always_fail", workspace_id = emulator.WorkspaceId, inputs = new { } }));
        var generation = await OkAsync(api, HttpMethod.Post, "generate", Json(new { workspace_id = emulator.WorkspaceId, project_id = emulator.ProjectId, type = "image", prompt = "x", model = "emulator-image-always-fail" }));

        foreach (var start in new[] { technique, generation })
        {
            var run = await OkAsync(api, HttpMethod.Get, "runs/" + start.GetProperty("run_id").GetString());
            Assert.Equal("failed", run.GetProperty("status").GetString());
            Assert.Equal("emulated_failure", run.GetProperty("error_code").GetString());
            Assert.Contains("always fails", run.GetProperty("error_message").GetString());
            Assert.False(run.TryGetProperty("outputs", out _));
        }
    }

    [Fact]
    public async Task RunFailsFault_OnStartTechniqueRun_TheRunEndsFailedWithTheFaultsCode()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        emulator.Faults.Enqueue(EmulatorRoute.StartTechniqueRun, EmulatorFault.RunFails("gpu_lost", "The GPU went away."));

        var start = await OkAsync(api, HttpMethod.Post, "runs/technique", Json(new { technique_id = "tech_emulator_text_to_image", workspace_id = emulator.WorkspaceId, inputs = new { prompt = "p" } }));
        var run = await OkAsync(api, HttpMethod.Get, "runs/" + start.GetProperty("run_id").GetString());
        var next = await OkAsync(api, HttpMethod.Post, "runs/technique", Json(new { technique_id = "tech_emulator_text_to_image", workspace_id = emulator.WorkspaceId, inputs = new { prompt = "p" } }));

        Assert.Equal(("failed", "gpu_lost", "The GPU went away."), (run.GetProperty("status").GetString(), run.GetProperty("error_code").GetString(), run.GetProperty("error_message").GetString()));
        Assert.Equal("completed", (await OkAsync(api, HttpMethod.Get, "runs/" + next.GetProperty("run_id").GetString())).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Lists_TechniqueRunsAndGenerations_CarryTheirIdsAndFilter()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);
        var techniqueRun = await OkAsync(api, HttpMethod.Post, "runs/technique", Json(new { technique_id = "tech_emulator_caption", workspace_id = emulator.WorkspaceId, inputs = new { image = "https://media.flora.ai/a.png" } }));
        var generation = await OkAsync(api, HttpMethod.Post, "generate", Json(new { workspace_id = emulator.WorkspaceId, project_id = emulator.ProjectId, type = "video", prompt = "p" }));

        var runs = await OkAsync(api, HttpMethod.Get, "technique-runs?technique_id=tech_emulator_caption&status=completed&workspace_id=" + emulator.WorkspaceId);
        var generations = await OkAsync(api, HttpMethod.Get, "generations?project_id=" + emulator.ProjectId);
        var none = await OkAsync(api, HttpMethod.Get, "generations?status=failed");
        using var badStatus = await api.SendAsync(HttpMethod.Get, "technique-runs?status=done");
        using var missing = await api.SendAsync(HttpMethod.Get, "runs/run_missing");

        var item = Assert.Single(runs.GetProperty("technique_runs").EnumerateArray());
        Assert.Equal(techniqueRun.GetProperty("run_id").GetString(), item.GetProperty("technique_run_id").GetString());
        Assert.Equal("tech_emulator_caption", item.GetProperty("technique").GetProperty("technique_id").GetString());
        Assert.Equal((emulator.WorkspaceId, emulator.ProjectId), (item.GetProperty("workspace_id").GetString(), item.GetProperty("project_id").GetString()));
        Assert.StartsWith("Emulated caption", item.GetProperty("outputs")[0].GetProperty("url").GetString());
        var gen = Assert.Single(generations.GetProperty("generations").EnumerateArray());
        Assert.Equal(generation.GetProperty("run_id").GetString(), gen.GetProperty("generation_id").GetString());
        Assert.Equal("emulator-video", gen.GetProperty("model").GetProperty("model_id").GetString());
        Assert.Equal("videoUrl", gen.GetProperty("outputs")[0].GetProperty("type").GetString());
        Assert.Empty(none.GetProperty("generations").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertNoNulls(runs.GetProperty("technique_runs"));
        AssertNoNulls(generations.GetProperty("generations"));
    }

    [Fact]
    public async Task ListModels_AllTypesWithParams_FilterByType()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        var all = await OkAsync(api, HttpMethod.Get, "models");
        var video = await OkAsync(api, HttpMethod.Get, "models?type=video");
        using var bad = await api.SendAsync(HttpMethod.Get, "models?type=3d");

        var models = all.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(FloraEmulator.ModelIds, models.Select(m => m.GetProperty("model_id").GetString()));
        Assert.Equal(["image", "video", "audio", "text"], models.Select(m => m.GetProperty("type").GetString()).Distinct());
        Assert.All(models, m => Assert.NotEqual(0, m.GetProperty("params").GetArrayLength()));
        Assert.All(video.GetProperty("models").EnumerateArray(), m => Assert.Equal("video", m.GetProperty("type").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        AssertNoNulls(all);
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value);

    internal static async Task<JsonElement> OkAsync(RawApi api, HttpMethod method, string path, string? json = null)
    {
        using var response = await api.SendAsync(method, path, json);
        var body = await RawApi.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>FLORA's SDK types optional fields as absent, never null: no null anywhere in <paramref name="element"/>.</summary>
    internal static void AssertNoNulls(JsonElement element, string path = "$")
    {
        Assert.True(element.ValueKind != JsonValueKind.Null, $"{path} is null");
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                AssertNoNulls(property.Value, path + "." + property.Name);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                AssertNoNulls(item, $"{path}[{i++}]");
            }
        }
    }
}

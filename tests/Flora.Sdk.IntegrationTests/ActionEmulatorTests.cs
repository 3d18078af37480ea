using System.Net;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's actions over raw HTTP: <c>GET /actions</c>, <c>GET /actions/{id}</c>, <c>POST /runs/action</c> and project action nodes.</summary>
public sealed class ActionEmulatorTests
{
    [Fact]
    public async Task ListActions_AnswersThe40SlugsOfFlorasSdkWithInputsAndParams()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, "actions");
        var actions = (await RawApi.JsonAsync(response)).GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(40, actions.Count);
        Assert.Equal(40, actions.Select(a => a.GetProperty("action_id").GetString()).Distinct().Count());
        Assert.Contains(actions, a => a.GetProperty("action_id").GetString() == "merge-audio-into-video");
        var grade = actions.Single(a => a.GetProperty("action_id").GetString() == "color-grade-image-browser");
        Assert.Equal("javascript", grade.GetProperty("language").GetString());
        Assert.Equal("image", grade.GetProperty("inputs")[0].GetProperty("type").GetString());
        var brightness = grade.GetProperty("params").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "brightness");
        Assert.Equal(("number", "Brightness"), (brightness.GetProperty("type").GetString(), brightness.GetProperty("label").GetString()));
        AssertNoNulls(actions);
    }

    [Fact]
    public async Task RetrieveAction_SelectParam_ListsItsAvailableValues()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, "actions/rotate-image-browser");
        var action = await RawApi.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var canvasMode = action.GetProperty("params").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "canvas_mode");
        Assert.Equal("select", canvasMode.GetProperty("type").GetString());
        Assert.Equal(["shrink", "keep", "expand"], canvasMode.GetProperty("available_values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [Theory]
    [InlineData("rotate-image")]
    [InlineData("action_rotate-image-browser")]
    public async Task RetrieveAction_UnknownSlug_Answers404(string actionId)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, "actions/" + actionId);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"action_id":"no-such-action","inputs":[{"type":"image","url":"https://media.flora.ai/a.png"}],"project_id":"prj_a","workspace_id":"ws_a"}""", 404, null)]
    [InlineData("""{"action_id":"rotate-image-browser","inputs":[],"project_id":"prj_a","workspace_id":"ws_a"}""", 400, "inputs")]
    [InlineData("""{"action_id":"rotate-image-browser","inputs":[{"type":"image"}],"project_id":"prj_a","workspace_id":"ws_a"}""", 400, "inputs[0].url")]
    [InlineData("""{"action_id":"rotate-image-browser","inputs":[{"type":"image","url":"https://media.flora.ai/a.png"}],"project_id":"a","workspace_id":"ws_a"}""", 400, "project_id")]
    [InlineData("""{"action_id":"rotate-image-browser","inputs":[{"type":"image","url":"https://media.flora.ai/a.png"}],"project_id":"prj_a","workspace_id":"ws_a","params":{"canvas_mode":"twist"}}""", 400, "params.canvas_mode")]
    [InlineData("""{"action_id":"rotate-image-browser","inputs":[{"type":"image","url":"https://media.flora.ai/a.png"}],"project_id":"prj_a","workspace_id":"ws_a","params":{"zoom":2}}""", 400, "params.zoom")]
    public async Task RunAction_InvalidBody_IsRefusedWithFlorasEnvelope(string body, int status, string? field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, "runs/action", body);
        var error = (await RawApi.JsonAsync(response)).GetProperty("error");

        Assert.Equal(status, (int)response.StatusCode);
        if (field is not null)
        {
            Assert.Equal("input_validation_error", error.GetProperty("code").GetString());
            Assert.Equal(field, error.GetProperty("fields")[0].GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task CreateProjectAction_PutsAnActionNodeOnTheCanvasTheGraphShows()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var created = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions", """{"action_id":"blur-image-browser","params":{"radius":4}}""");
        var node = await RawApi.JsonAsync(created);
        using var graph = await raw.SendAsync(HttpMethod.Get, $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/graph");
        var shown = (await RawApi.JsonAsync(graph)).GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node_id").GetString() == node.GetProperty("node_id").GetString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("blur-image-browser", emulator.ProjectId), (node.GetProperty("action_id").GetString(), node.GetProperty("project_id").GetString()));
        Assert.Equal("action", shown.GetProperty("type").GetString());
        Assert.Equal("blur-image-browser", shown.GetProperty("action").GetProperty("action_id").GetString());
        Assert.Equal(4, shown.GetProperty("action").GetProperty("params").GetProperty("radius").GetInt32());
    }

    [Fact]
    public async Task CreateProjectAction_UnknownActionOrProject_Answers404()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var unknownAction = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions", """{"action_id":"rotate-image"}""");
        using var unknownProject = await raw.SendAsync(HttpMethod.Post, "projects/prj_nope/actions", """{"action_id":"rotate-image-browser"}""");
        using var notAnAction = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions/n404/run");

        Assert.Equal(HttpStatusCode.NotFound, unknownAction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAnAction.StatusCode);
    }

    /// <summary>FLORA's SDK types optional fields as absent, never null: only its nullable fields may be null.</summary>
    internal static void AssertNoNulls(IEnumerable<JsonElement> values)
    {
        foreach (var value in values)
        {
            var text = value.GetRawText();
            Assert.DoesNotContain(":null", text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}

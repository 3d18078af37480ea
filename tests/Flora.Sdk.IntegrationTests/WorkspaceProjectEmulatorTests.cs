using System.Net;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's workspace project routes over raw HTTP: create (also in a project folder) and run nodes.</summary>
public sealed class WorkspaceProjectEmulatorTests
{
    [Fact]
    public async Task CreateProject_InTheWorkspacePath_IsListedAndHasAnEmptyCanvas()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/projects", """{"name":"Spring Campaign"}""");
        var project = await RawApi.JsonAsync(response);
        var projectId = project.GetProperty("project_id").GetString()!;
        var graph = await CanvasEmulatorTests.GetAsync(raw, $"workspaces/{emulator.WorkspaceId}/projects/{projectId}/graph");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("Spring Campaign", emulator.WorkspaceId), (project.GetProperty("name").GetString(), project.GetProperty("workspace_id").GetString()));
        Assert.Equal(JsonValueKind.Null, project.GetProperty("last_modified").ValueKind);
        Assert.Contains(emulator.Projects, p => p.ProjectId == projectId && p.FolderId is null);
        Assert.Equal(0, graph.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task CreateProject_InAnyFldFolder_IsFiledThere()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var printed = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/folders/{emulator.FolderId}/projects", """{"name":"In the folder"}""");
        using var any = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/folders/fld_anything/projects", """{"name":"Elsewhere"}""");
        var projectId = (await RawApi.JsonAsync(printed)).GetProperty("project_id").GetString();

        Assert.Equal("fld_emulator", emulator.FolderId);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (printed.StatusCode, any.StatusCode));
        Assert.Equal("fld_emulator", emulator.Projects.Single(p => p.ProjectId == projectId).FolderId);
    }

    [Theory]
    [InlineData("workspaces/ws_emulator/folders/folder_1/projects", """{"name":"x"}""", HttpStatusCode.NotFound)]
    [InlineData("workspaces/team_1/projects", """{"name":"x"}""", HttpStatusCode.BadRequest)]
    [InlineData("workspaces/ws_emulator/projects", """{"name":" "}""", HttpStatusCode.BadRequest)]
    [InlineData("workspaces/ws_emulator/projects/prj_emulator/nodes/run", """{"node_ids":[]}""", HttpStatusCode.BadRequest)]
    [InlineData("workspaces/ws_emulator/projects/prj_nope/nodes/run", """{"node_ids":["n1"]}""", HttpStatusCode.NotFound)]
    public async Task WorkspaceProjectRoutes_BadIdsOrBodies_AreRefused(string path, string body, HttpStatusCode status)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, path, body);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task RunNodes_NodesThatCannotRun_AreSkippedWithTheirReasonInRequestOrder()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var canvas = new CanvasEmulatorTests.CanvasPaths(emulator);
        var added = await CanvasEmulatorTests.ApplyAsync(raw, canvas, """{"add":[{"ref":"frame","type":"group"},{"ref":"photo","type":"image","content_url":"https://media.flora.ai/a.png"}]}""");
        using var action = await raw.SendAsync(HttpMethod.Post, $"projects/{emulator.ProjectId}/actions", """{"action_id":"rotate-image-browser"}""");
        var actionNode = (await RawApi.JsonAsync(action)).GetProperty("node_id").GetString();
        string[] ids = ["n404", added.GetProperty("created").GetProperty("frame").GetProperty("id").GetString()!, added.GetProperty("created").GetProperty("photo").GetProperty("node_id").GetString()!, actionNode!];

        using var response = await raw.SendAsync(HttpMethod.Post, $"workspaces/{emulator.WorkspaceId}/projects/{emulator.ProjectId}/nodes/run", JsonSerializer.Serialize(new { node_ids = ids }));
        var runs = (await RawApi.JsonAsync(response)).GetProperty("runs").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ids, runs.Select(r => r.GetProperty("node_id").GetString()));
        Assert.All(runs, r => Assert.Equal("skipped", r.GetProperty("status").GetString()));
        Assert.Equal(["node_not_found", "node_not_executable", "node_not_executable", "node_not_executable"], runs.Select(r => r.GetProperty("reason").GetString()));
        Assert.All(runs, r => Assert.False(r.TryGetProperty("run_id", out _)));
    }
}

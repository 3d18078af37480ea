using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// flora actions list|get|run, projects canvas get|update, graph, run-nodes and library folders create|add|delete
/// (issue 30) as a process, against the emulator; bad input exits 2 before anything is sent.
/// </summary>
public sealed class CanvasCommandsEndToEndTests : IAsyncLifetime
{
    private const string ColorGrade = "color-grade-image-browser";

    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task ActionsListAndGet_Json_ListTheCatalog()
    {
        var json = await RunJsonAsync(["actions", "list", "--format", "json"]);
        var lines = await RunLinesAsync(["actions", "list", "--format", "jsonl"]);
        var table = await RunOkAsync(["actions", "list"]);
        var one = await RunJsonAsync(["actions", "get", ColorGrade, "--format", "json"]);

        var ids = json.EnumerateArray().Select(a => a.GetProperty("action_id").GetString()!).ToList();
        Assert.Contains(ColorGrade, ids);
        Assert.Equal(ids, lines.Select(a => a.GetProperty("action_id").GetString()!));
        Assert.Contains(ColorGrade, table, StringComparison.Ordinal);
        Assert.Equal(ColorGrade, one.GetProperty("action_id").GetString());
    }

    [Fact]
    public async Task ActionsRun_WaitWithParams_FinishesTheRun()
    {
        var finished = await RunJsonAsync(
        [
            "actions", "run", ColorGrade, "--input", "https://example.com/fox.png", "-w", _emulator.WorkspaceId, "--project-id", _emulator.ProjectId,
            "--param", "brightness=0.2", "--param", "advanced=true", "--wait", "--format", "json",
        ]);

        Assert.Equal("completed", finished.GetProperty("status").GetString());
        Assert.Contains(_emulator.Requests, r => r.Method == "POST" && r.Path.EndsWith("/runs/action", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CanvasUpdateGetGraphRunNodes_FromAFile_ChangeShowAndRunTheCanvas()
    {
        using var files = new TestFiles();
        var bodyPath = Path.Combine(files.Folder, "canvas.json");
        await File.WriteAllTextAsync(bodyPath, """{"diagram": "graph LR\n  fox[\"A red fox (Image)\"]"}""");

        await RunOkAsync(["projects", "canvas", "update", _emulator.ProjectId, "--body", bodyPath, "--format", "json"]);
        var canvas = await RunJsonAsync(["projects", "canvas", "get", _emulator.ProjectId, "--format", "json"]);
        var graph = await RunJsonAsync(["projects", "graph", _emulator.ProjectId, "-w", _emulator.WorkspaceId, "--format", "json"]);
        var nodeId = Assert.Single(graph.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString()!;
        var started = await RunJsonAsync(["projects", "run-nodes", nodeId, "-w", _emulator.WorkspaceId, "-p", _emulator.ProjectId, "--format", "json"]);
        var waited = await RunLinesAsync(["projects", "run-nodes", nodeId, "-w", _emulator.WorkspaceId, "-p", _emulator.ProjectId, "--wait", "--format", "jsonl"]);

        Assert.Contains("fox", canvas.GetProperty("diagram").GetString()!, StringComparison.Ordinal);
        Assert.Contains("fox", graph.GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith("run", started.GetProperty("runs")[0].GetProperty("run_id").GetString()!, StringComparison.Ordinal);
        Assert.Equal("completed", Assert.Single(waited).GetProperty("status").GetString());
    }

    [Fact]
    public async Task LibraryFolders_CreateAddDelete_ManageAFolder()
    {
        var created = await RunJsonAsync(["library", "folders", "create", "-w", _emulator.WorkspaceId, "--name", "Refs", "--format", "json"]);
        var folderId = created.GetProperty("folder_id").GetString()!;
        var added = await RunJsonAsync(["library", "folders", "add", folderId, "-w", _emulator.WorkspaceId, "--text", "a note", "--format", "json"]);
        var deleted = await RunJsonAsync(["library", "folders", "delete", folderId, "-w", _emulator.WorkspaceId, "--format", "json"]);

        Assert.NotEqual(JsonValueKind.Undefined, added.ValueKind);
        Assert.NotEqual(JsonValueKind.Undefined, deleted.ValueKind);
        Assert.Contains(_emulator.Requests, r => r.Method == "POST" && r.Path.EndsWith("/items", StringComparison.Ordinal));
        Assert.Contains(_emulator.Requests, r => r.Method == "DELETE");
    }

    [Theory]
    [InlineData("actions", "run", ColorGrade, "--input", " ", "-w", "ws_emulator", "-p", "prj_emulator")]
    [InlineData("actions", "run", ColorGrade, "--input", "text", "-w", "ws_emulator", "-p", "prj_emulator", "--param", "novalue")]
    [InlineData("projects", "canvas", "update", "prj_emulator", "--body", "/nonexistent/canvas.json")]
    [InlineData("projects", "run-nodes", " ", "-w", "ws_emulator", "-p", "prj_emulator")]
    [InlineData("library", "folders", "add", "fld_x", "-w", "ws_emulator", "--url", "https://example.com/a.png", "--text", "both")]
    [InlineData("library", "folders", "add", "fld_x", "-w", "ws_emulator", "--url", "http://example.com/a.png")]
    [InlineData("library", "folders", "create", "-w", "ws_emulator", "--name", " ")]
    public async Task BadInput_ExitsTwoAndSendsNothing(params string[] args)
    {
        var run = await FloraTool.RunAsync(args, Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(_emulator.Requests);
    }

    private async Task<string> RunOkAsync(string[] args)
    {
        var run = await FloraTool.RunAsync(args, Env());
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Stdout;
    }

    private async Task<JsonElement> RunJsonAsync(string[] args)
    {
        using var document = JsonDocument.Parse(await RunOkAsync(args));
        return document.RootElement.Clone();
    }

    private async Task<List<JsonElement>> RunLinesAsync(string[] args) =>
        [.. (await RunOkAsync(args)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        })];

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// flora techniques list|get, runs get|wait|download, generations create and models list (issue 29) as a process,
/// against the emulator: each in table, json and jsonl, with the wire's names.
/// </summary>
public sealed class RunCommandsEndToEndTests : IAsyncLifetime
{
    private const string TextToImage = "tech_emulator_text_to_image";

    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task TechniquesList_EachFormat_ListsTheCatalog()
    {
        var json = await RunJsonAsync(["techniques", "list", "--format", "json"]);
        var jsonl = await RunLinesAsync(["techniques", "list", "--limit", "2", "--format", "jsonl"]);
        var table = await RunOkAsync(["techniques", "list"]);

        var ids = json.EnumerateArray().Select(t => t.GetProperty("technique_id").GetString()!).ToList();
        Assert.Equal(FloraEmulator.TechniqueIds, ids);
        Assert.Equal(ids, jsonl.Select(t => t.GetProperty("technique_id").GetString()!));
        Assert.All(ids, id => Assert.Contains(id, table, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TechniquesGet_EachFormat_ShowsItsInputs()
    {
        var json = await RunJsonAsync(["techniques", "get", TextToImage, "--format", "json"]);
        var jsonl = Assert.Single(await RunLinesAsync(["techniques", "get", TextToImage, "--format", "jsonl"]));
        var table = await RunOkAsync(["techniques", "get", TextToImage]);

        Assert.Equal("prompt", json.GetProperty("inputs")[0].GetProperty("id").GetString());
        Assert.Equal(TextToImage, jsonl.GetProperty("technique_id").GetString());
        Assert.Contains("technique_id", table, StringComparison.Ordinal);
        Assert.Contains(TextToImage, table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsGetWaitDownload_EachFormat_ShowWaitAndWriteTheRun()
    {
        var started = await _emulator.Client.Techniques.Runs.CreateAsync(TextToImage, new TechniqueRunCreateParams { Inputs = [TechniqueRunInput.Text("prompt", "a fox")] });
        var runId = started.RunId;
        using var folder = new TestFiles();

        var waited = await RunJsonAsync(["runs", "wait", runId, "--format", "json"]);
        var got = Assert.Single(await RunLinesAsync(["runs", "get", runId, "--format", "jsonl"]));
        var table = await RunOkAsync(["runs", "get", runId]);
        var downloaded = await RunJsonAsync(["runs", "download", runId, "--output", folder.Folder, "--format", "json"]);
        var waitedTable = await RunOkAsync(["runs", "wait", runId]);

        Assert.Equal("completed", waited.GetProperty("status").GetString());
        Assert.Equal(runId, got.GetProperty("run_id").GetString());
        Assert.Contains(runId, table, StringComparison.Ordinal);
        Assert.Contains("completed", waitedTable, StringComparison.Ordinal);
        var path = Assert.Single(downloaded.GetProperty("files").EnumerateArray()).GetString()!;
        Assert.True(new FileInfo(path).Length > 0);
        Assert.Equal(Path.GetFullPath(folder.Folder), Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    [Fact]
    public async Task GenerationsCreate_WithAndWithoutWait_StartsAndFinishesTheGeneration()
    {
        string[] create = ["generations", "create", "-w", _emulator.WorkspaceId, "--project-id", _emulator.ProjectId, "--type", "image", "--prompt", "a red fox"];

        var started = await RunJsonAsync([.. create, "--format", "json"]);
        var finished = Assert.Single(await RunLinesAsync([.. create, "--wait", "--format", "jsonl"]));
        var table = await RunOkAsync([.. create, "--wait"]);

        Assert.StartsWith("run", started.GetProperty("run_id").GetString()!, StringComparison.Ordinal);
        Assert.Equal("completed", finished.GetProperty("status").GetString());
        Assert.Contains("completed", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerationsCreate_BlankPrompt_ExitsTwoAndSendsNothing()
    {
        var run = await FloraTool.RunAsync(["generations", "create", "-w", _emulator.WorkspaceId, "-p", _emulator.ProjectId, "--type", "image", "--prompt", " "], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("The prompt", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task ModelsList_EachFormatAndType_ListsTheCatalog()
    {
        var json = await RunJsonAsync(["models", "list", "--format", "json"]);
        var images = await RunLinesAsync(["models", "list", "--type", "image", "--format", "jsonl"]);
        var table = await RunOkAsync(["models", "list"]);

        Assert.Equal(FloraEmulator.ModelIds, json.EnumerateArray().Select(m => m.GetProperty("model_id").GetString()!));
        Assert.NotEmpty(images);
        Assert.All(images, m => Assert.Equal("image", m.GetProperty("type").GetString()));
        Assert.True(images.Count < json.GetArrayLength());
        Assert.All(FloraEmulator.ModelIds, id => Assert.Contains(id, table, StringComparison.Ordinal));
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

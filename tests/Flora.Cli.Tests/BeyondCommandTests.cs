using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary><c>flora projects create|retrieve|nodes</c>, <c>flora feedback record</c> and <c>flora api</c>, as a process against the emulator.</summary>
public sealed class BeyondCommandTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task ProjectsCreateRetrieveNodes_Json_RoundTripThroughTheEmulator()
    {
        var created = await RunJsonAsync(["projects", "create", "--workspace-id", _emulator.WorkspaceId, "--name", "CLI canvas", "--format", "json"]);
        var projectId = created.GetProperty("project_id").GetString()!;
        Assert.Equal("CLI canvas", created.GetProperty("name").GetString());

        var retrieved = await RunJsonAsync(["projects", "retrieve", projectId, "--format", "json"]);
        Assert.Equal(projectId, retrieved.GetProperty("project_id").GetString());
        var byFlag = await RunJsonAsync(["projects", "retrieve", "--project-id", projectId, "--format", "json"]);
        Assert.Equal("CLI canvas", byFlag.GetProperty("name").GetString());

        for (var i = 0; i < 3; i++)
        {
            await _emulator.Client.Assets.UploadAsync(new MemoryStream(new byte[64]), new AssetUploadParams
            {
                WorkspaceId = _emulator.WorkspaceId,
                FileName = $"n{i}.png",
                ProjectId = projectId,
                WaitForReady = true,
            });
        }

        var nodes = await RunJsonAsync(["projects", "nodes", projectId, "--limit", "2", "--format", "json"]);
        Assert.Equal(["n0.png", "n1.png", "n2.png"], nodes.EnumerateArray().Select(n => n.GetProperty("label").GetString()));
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal("image", n.GetProperty("type").GetString()));
        Assert.Equal(2, _emulator.CountRequests(EmulatorRoute.ListProjectNodes));

        var jsonl = await FloraTool.RunAsync(["projects", "nodes", projectId, "--max-items", "2", "--format", "jsonl"], Env());
        Assert.Equal(2, jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var table = await FloraTool.RunAsync(["projects", "nodes", projectId, "--format", "table"], Env());
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("n2.png", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectsRetrieve_Missing_ExitsOneWithA404Line()
    {
        var run = await FloraTool.RunAsync(["projects", "retrieve", "prj_missing"], Env());

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^error: 404 not_found: ", run.Stderr);
    }

    [Theory]
    [InlineData("projects", "create", "--workspace-id", "ws_1")]
    [InlineData("projects", "create", "--workspace-id", "nope", "--name", "x")]
    [InlineData("projects", "retrieve")]
    [InlineData("projects", "nodes", "ws_wrong")]
    [InlineData("feedback", "record", "--kind", "bug", "--summary", "s")]
    [InlineData("feedback", "record", "--kind", "bug", "--summary", "s", "--detail", "d", "--project-id", "p_1")]
    [InlineData("api", "GET", "https://elsewhere.test/steal")]
    [InlineData("api", "GET", "../admin")]
    [InlineData("api", "G T", "projects")]
    [InlineData("api", "POST", "feedback", "--data", "{not json")]
    [InlineData("api", "POST", "feedback", "--data", "@/no/such/file.json")]
    public async Task BadCommandLines_ExitTwoBeforeAnyRequest(params string[] args)
    {
        var run = await FloraTool.RunAsync(args, Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task FeedbackRecord_RepeatedAttemptedTool_SendsThemAllAndPrintsTheId()
    {
        var recorded = await RunJsonAsync([
            "feedback", "record", "--kind", "missing_capability", "--summary", "Need cdn.example.com",
            "--detail", "assets.create refused it", "--attempted-tool", "assets.create", "--attempted-tool", "flora assets create",
            "--workspace-id", _emulator.WorkspaceId, "--format", "json"]);

        Assert.StartsWith("fb_", recorded.GetProperty("feedback_id").GetString(), StringComparison.Ordinal);
        Assert.True(recorded.GetProperty("received_at").TryGetDateTimeOffset(out _), "received_at is printed as an ISO 8601 time");
        var request = Assert.Single(_emulator.Requests, r => r.Route == EmulatorRoute.RecordFeedback);
        Assert.NotNull(request.IdempotencyKey);
    }

    [Fact]
    public async Task FeedbackRecord_UnknownKind_ExitsOneWithTheServersFieldError()
    {
        var run = await FloraTool.RunAsync(["feedback", "record", "--kind", "praise", "--summary", "s", "--detail", "d"], Env());

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^error: 400 input_validation_error: ", run.Stderr);
    }

    [Fact]
    public async Task Api_PostWithDataThenGet_PrintsTheJsonAnswers()
    {
        var created = await RunJsonAsync(["api", "POST", "projects", "--data", $$"""{"name":"Via api","workspace_id":"{{_emulator.WorkspaceId}}"}""", "--format", "json"]);
        var projectId = created.GetProperty("project_id").GetString()!;

        var retrieved = await RunJsonAsync(["api", "get", "/projects/" + projectId, "--format", "json"]);

        Assert.Equal("Via api", retrieved.GetProperty("name").GetString());
        Assert.NotNull(_emulator.Requests.Single(r => r.Route == EmulatorRoute.CreateProject).IdempotencyKey);
    }

    [Fact]
    public async Task Api_DataFromAFile_IsSentAsTheBody()
    {
        var file = Path.Combine(Path.GetTempPath(), $"flora-api-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"kind":"bug","summary":"s","detail":"from a file"}""");
        try
        {
            var recorded = await RunJsonAsync(["api", "POST", "feedback", "--data", "@" + file, "--format", "jsonl"]);

            Assert.StartsWith("fb_", recorded.GetProperty("feedback_id").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Api_TechniqueRoute_ExitsOneWith404FromTheEmulator()
    {
        var run = await FloraTool.RunAsync(["api", "POST", "techniques/tech_1/runs", "--data", """{"mode":"async","inputs":[]}"""], Env());

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^error: 404 not_found: ", run.Stderr);
    }

    [Fact]
    public async Task Api_TableAndJsonlOfAnObject_PrintTheFields()
    {
        var table = await FloraTool.RunAsync(["api", "GET", "projects/" + _emulator.ProjectId, "--format", "table"], Env());
        var jsonl = await FloraTool.RunAsync(["api", "GET", "projects/" + _emulator.ProjectId, "--format", "jsonl"], Env());

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains(_emulator.ProjectId, table.Stdout, StringComparison.Ordinal);
        using var line = JsonDocument.Parse(jsonl.Stdout);
        Assert.Equal(_emulator.ProjectId, line.RootElement.GetProperty("project_id").GetString());
    }

    private async Task<JsonElement> RunJsonAsync(string[] args)
    {
        var run = await FloraTool.RunAsync(args, Env());
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

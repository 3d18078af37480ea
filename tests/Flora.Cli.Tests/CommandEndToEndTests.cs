using System.Diagnostics;
using System.Text.Json;
using Flora.Sdk;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>The other commands as a process: JSON that parses, FLORA's flag names, exit codes, and the emulator command.</summary>
public sealed class CommandEndToEndTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task CreateRetrieveListCompleteRetry_JsonOutput_ParsesWithWireNames()
    {
        var created = await RunJsonAsync(["assets", "create", "--source", "signed-url", "--workspace-id", _emulator.WorkspaceId, "--file-name", "a.png", "--content-type", "image/png", "--format", "json"]);
        var id = created.GetProperty("asset_id").GetString()!;
        Assert.Equal("pending_upload", created.GetProperty("status").GetString());
        Assert.True(created.GetProperty("upload").TryGetProperty("form_fields", out _));

        var retrieved = await RunJsonAsync(["assets", "retrieve", id, "--format", "json"]);
        Assert.Equal(id, retrieved.GetProperty("asset_id").GetString());
        var byFlag = await RunJsonAsync(["assets", "retrieve", "--asset-id", id, "--format", "json"]);
        Assert.Equal(id, byFlag.GetProperty("asset_id").GetString());

        var retried = await RunJsonAsync(["assets", "retry", id, "--format", "json"]);
        Assert.Equal(id, retried.GetProperty("asset_id").GetString());

        await _emulator.Client.Assets.UploadAsync(new MemoryStream(new byte[100]), new AssetUploadParams { WorkspaceId = _emulator.WorkspaceId, FileName = "b.png" });
        var list = await RunJsonAsync(["assets", "list", "--workspace-id", _emulator.WorkspaceId, "--limit", "1", "--max-items", "2", "--format", "json"]);
        Assert.Equal(2, list.GetArrayLength());

        var jsonl = await FloraTool.RunAsync(["assets", "list", "--format", "jsonl"], Env());
        Assert.All(jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task WorkspacesList_Json_ListsTheSeededWorkspaceThroughTheTypedCall()
    {
        var list = await RunJsonAsync(["workspaces", "list", "--format", "json"]);

        var workspace = Assert.Single(list.EnumerateArray());
        Assert.Equal(_emulator.WorkspaceId, workspace.GetProperty("workspace_id").GetString());
        Assert.Equal(1, _emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.ListWorkspaces));
    }

    [Fact]
    public async Task ProjectsList_Json_ListsTheSeededProjectOfTheWorkspace()
    {
        var list = await RunJsonAsync(["projects", "list", "--workspace-id", _emulator.WorkspaceId, "--limit", "1", "--format", "json"]);

        var project = Assert.Single(list.EnumerateArray());
        Assert.Equal(_emulator.ProjectId, project.GetProperty("project_id").GetString());
        Assert.Equal(_emulator.WorkspaceId, project.GetProperty("workspace_id").GetString());
    }

    [Fact]
    public async Task ProjectsList_MalformedWorkspaceId_ExitsTwoBeforeAnyRequest()
    {
        var run = await FloraTool.RunAsync(["projects", "list", "--workspace-id", "not-a-workspace"], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(0, _emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.ListProjects));
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrieve_MissingAsset_ExitsOneWithStatusCodeAndRequestId()
    {
        var run = await FloraTool.RunAsync(["assets", "retrieve", "asset_missing"], Env());

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^error: 404 not_found: .+ \\(request req_[0-9a-f]+\\)$", line);
    }

    [Theory]
    [InlineData("assets", "upload")]
    [InlineData("assets", "list", "--no-such-flag")]
    [InlineData("assets", "create", "--source", "signed-url")]
    [InlineData("assets", "retrieve", "a/../..", "--format", "xml")]
    [InlineData("assets", "create", "--source", "signed-url", "--workspace-id", "not-a-workspace")]
    public async Task BadCommandLines_ExitTwo(params string[] args)
    {
        var run = await FloraTool.RunAsync(args, Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_PrintsItsAddressServesTheApiAndStopsOnCtrlC()
    {
        using var process = Process.Start(FloraTool.StartInfo(["emulator", "--port", "0", "--workspace-id", "ws_cli_test"]))!;
        string? baseUrl = null, apiKey = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (apiKey is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            line = line.Trim();
            baseUrl ??= line.StartsWith("FLORA_BASE_URL=", StringComparison.Ordinal) ? line["FLORA_BASE_URL=".Length..] : null;
            apiKey ??= line.StartsWith("FLORA_API_KEY=", StringComparison.Ordinal) ? line["FLORA_API_KEY=".Length..] : null;
        }

        Assert.NotNull(baseUrl);
        Assert.StartsWith(FloraEmulatorOptions.DefaultApiKey + "_", apiKey, StringComparison.Ordinal);
        using (var client = new FloraClient(new FloraClientOptions { ApiKey = apiKey, BaseUrl = new Uri(baseUrl) }))
        {
            var asset = await client.Assets.UploadAsync(new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_cli_test", FileName = "x.png" });
            Assert.Equal(AssetStatus.Ready, asset.Status);
        }

        Assert.Equal(0, Signals.Send(process.Id, Signals.SigInt));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
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

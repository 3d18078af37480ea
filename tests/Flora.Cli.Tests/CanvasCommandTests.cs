using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>flora canvases list as a process against the emulator.</summary>
public sealed class CanvasCommandTests
{
    [Fact]
    public async Task List_Json_ListsTheSeededProject()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var run = await FloraTool.RunAsync(["canvases", "list", "-w", emulator.WorkspaceId, "--format", "json"], FloraTool.Env(emulator.BaseUrl, emulator.ApiKey));

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(emulator.ProjectId, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("project_id").GetString());
    }

    [Fact]
    public async Task List_LimitOutOfRange_ExitsTwo()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var run = await FloraTool.RunAsync(["canvases", "list", "-w", emulator.WorkspaceId, "--limit", "0"], FloraTool.Env(emulator.BaseUrl, emulator.ApiKey));

        Assert.True(run.ExitCode == 2, run.ToString());
    }
}

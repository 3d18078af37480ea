using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>flora assets create --project-id and flora assets upload-url (issue 28): what the SDK takes, on the command line.</summary>
public sealed class AssetCreateEndToEndTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Create_ProjectId_PlacesTheAssetOnTheProject()
    {
        var run = await FloraTool.RunAsync(
            ["assets", "create", "--source", "signed-url", "-w", _emulator.WorkspaceId, "--file-name", "a.png", "--project-id", _emulator.ProjectId, "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var created = JsonDocument.Parse(run.Stdout);
        var asset = Assert.Single(_emulator.Assets);
        Assert.Equal(created.RootElement.GetProperty("asset_id").GetString(), asset.AssetId);
        Assert.Equal([_emulator.ProjectId], asset.ProjectIds);
    }

    [Fact]
    public async Task Create_MalformedProjectId_ExitsTwoBeforeAnyRequest()
    {
        var run = await FloraTool.RunAsync(["assets", "create", "--source", "signed-url", "-w", _emulator.WorkspaceId, "--project-id", "not-a-project"], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("prj_", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.RequestCounts.Values.Sum());
    }

    [Fact]
    public async Task Help_Create_ListsProjectId()
    {
        var help = await FloraTool.RunAsync(["assets", "create", "--help"]);

        Assert.Contains("--project-id", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadUrl_AllowlistedHttpsUrl_WaitsAndPrintsTheReadyAsset()
    {
        var run = await FloraTool.RunAsync(
            ["assets", "upload-url", "https://media.flora.ai/products/shoe.png", "-w", _emulator.WorkspaceId, "--project-id", _emulator.ProjectId, "--folder", "web", "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var printed = JsonDocument.Parse(run.Stdout);
        Assert.Equal("ready", printed.RootElement.GetProperty("status").GetString());
        var asset = Assert.Single(_emulator.Assets);
        Assert.Equal(printed.RootElement.GetProperty("asset_id").GetString(), asset.AssetId);
        Assert.Equal("https://media.flora.ai/products/shoe.png", asset.Source);
        Assert.Equal("shoe.png", asset.FileName);
        Assert.Equal("web", asset.Folder);
        Assert.Equal([_emulator.ProjectId], asset.ProjectIds);
    }

    [Theory]
    [InlineData("http://media.flora.ai/a.png")]
    [InlineData("/home/me/a.png")]
    [InlineData("not a url")]
    [InlineData("https://media.flora.ai/a.png", "--wait-timeout", "0")]
    [InlineData("https://media.flora.ai/a.png", "--content-type", "text/html")]
    public async Task UploadUrl_BadInput_ExitsTwoBeforeAnyRequest(params string[] args)
    {
        var run = await FloraTool.RunAsync(["assets", "upload-url", .. args, "-w", _emulator.WorkspaceId], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("AssetSource", line, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.RequestCounts.Values.Sum());
    }

    [Fact]
    public async Task Help_Assets_ListsUploadUrl()
    {
        var help = await FloraTool.RunAsync(["assets", "--help"]);
        var command = await FloraTool.RunAsync(["assets", "upload-url", "--help"]);

        Assert.Contains("upload-url", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--wait-timeout", command.Stdout, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

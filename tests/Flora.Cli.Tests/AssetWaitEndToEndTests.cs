using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Cli.Tests;

/// <summary>flora assets wait (issue 28): ready, still processing, failed, and inputs refused before anything is sent.</summary>
public sealed class AssetWaitEndToEndTests
{
    [Fact]
    public async Task Wait_ReadyAsset_ExitsZeroAndPrintsTheAsset()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var id = await UploadAsync(emulator);

        var run = await FloraTool.RunAsync(["assets", "wait", id, "--format", "json"], Env(emulator));

        Assert.True(run.ExitCode == 0, run.ToString());
        using var asset = JsonDocument.Parse(run.Stdout);
        Assert.Equal(id, asset.RootElement.GetProperty("asset_id").GetString());
        Assert.Equal("ready", asset.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Wait_StillProcessingWhenTheTimeRunsOut_ExitsOneAndNamesTheAsset()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(5) });
        var id = await UploadAsync(emulator);

        var run = await FloraTool.RunAsync(["assets", "wait", "--asset-id", id, "--wait-timeout", "1"], Env(emulator));

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains($"'{id}'", line, StringComparison.Ordinal);
        Assert.Contains($"flora assets wait {id}", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.True(emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.Retrieve) >= 1);
    }

    [Fact]
    public async Task Wait_FailedAsset_ExitsOneWithTheFailureMessage()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = TimeSpan.FromMinutes(5) });
        var id = await UploadAsync(emulator);
        emulator.FailAsset(id, "unreadable image");

        var run = await FloraTool.RunAsync(["assets", "wait", id], Env(emulator));

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(id, line, StringComparison.Ordinal);
        Assert.Contains("unreadable image", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asset_x", "--wait-timeout", "0")]
    [InlineData("asset_x", "--wait-timeout", "NaN")]
    [InlineData("asset x")]
    [InlineData]
    public async Task Wait_BadInput_ExitsTwoBeforeAnyRequest(params string[] args)
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var run = await FloraTool.RunAsync(["assets", "wait", .. args], Env(emulator));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, emulator.RequestCounts.Values.Sum());
    }

    [Fact]
    public async Task Help_ListsWaitAndItsTimeout()
    {
        var assets = await FloraTool.RunAsync(["assets", "--help"]);
        var wait = await FloraTool.RunAsync(["assets", "wait", "--help"]);

        Assert.Contains("wait", assets.Stdout, StringComparison.Ordinal);
        Assert.True(wait.ExitCode == 0, wait.ToString());
        Assert.Contains("--wait-timeout", wait.Stdout, StringComparison.Ordinal);
    }

    private static async Task<string> UploadAsync(FloraEmulator emulator) =>
        (await emulator.Client.Assets.UploadAsync(new MemoryStream(new byte[100]), new AssetUploadParams { WorkspaceId = emulator.WorkspaceId, FileName = "a.png" })).AssetId;

    private static Dictionary<string, string?> Env(FloraEmulator emulator) => FloraTool.Env(emulator.BaseUrl, emulator.ApiKey);
}

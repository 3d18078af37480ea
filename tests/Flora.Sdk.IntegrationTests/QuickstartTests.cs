using System.Diagnostics;
using System.Text.RegularExpressions;
using Flora.Sdk.Testing;
using Xunit.Abstractions;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Runs samples/Flora.Quickstart as a real process, in both of its modes.</summary>
public sealed class QuickstartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Quickstart_NoApiKey_RunsAgainstInProcessEmulatorAndExitsZero()
    {
        var (exitCode, stdout, _) = await RunQuickstartAsync(new Dictionary<string, string?>());

        Assert.Equal(0, exitCode);
        Assert.Contains("local FLORA emulator", stdout, StringComparison.Ordinal);
        Assert.Contains("is ready after", stdout, StringComparison.Ordinal);
        Assert.Contains($"Workspace {FloraEmulatorOptions.DefaultWorkspaceId}", stdout, StringComparison.Ordinal);
        Assert.Contains($"Upload a generated PNG onto project {FloraEmulatorOptions.DefaultProjectId}", stdout, StringComparison.Ordinal);
        Assert.Contains("Canvas: http", stdout, StringComparison.Ordinal);
        Assert.Contains("Dimensions:   640 x 400", stdout, StringComparison.Ordinal);
        Assert.Contains("of tech_emulator_upscale (status: pending)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Run run_\w+ is completed after [0-9.]+ s, 1 output\(s\)", stdout);
        var written = Regex.Match(stdout, @"Wrote (?<path>.+) \(229\.8 KiB\)");
        Assert.True(written.Success, "The quickstart printed no written output file.");
        var file = written.Groups["path"].Value;
        Assert.Equal("image.png", Path.GetFileName(file));
        Assert.True(File.Exists(file), $"The output file {file} does not exist.");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(file)[..4]);
        Assert.Contains("https://media.flora.ai/example.png -> asset_", stdout, StringComparison.Ordinal);
        Assert.Contains("Caught FloraNotFoundException: HTTP 404, code 'not_found', request id req_", stdout, StringComparison.Ordinal);
        Assert.Contains("All done.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_WithApiKey_TalksToTheConfiguredServerAndExitsZero()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var (exitCode, stdout, _) = await RunQuickstartAsync(new Dictionary<string, string?>
        {
            ["FLORA_API_KEY"] = emulator.ApiKey,
            ["FLORA_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["FLORA_WORKSPACE_ID"] = "ws_quickstart",
        });

        Assert.Equal(0, exitCode);
        Assert.Contains($"Talking to FLORA at {emulator.BaseUrl}", stdout, StringComparison.Ordinal);
        var asset = Assert.Single(emulator.Assets);
        Assert.Equal("ws_quickstart", asset.WorkspaceId);
        Assert.Equal("quickstart-gradient.png", asset.FileName);
        Assert.Equal((640, 400), (asset.Width, asset.Height));
        Assert.False(asset.UploadCarriedAuthorization);
        Assert.Contains("Skipped against FLORA (a run costs money): set FLORA_TECHNIQUE_ID", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.Requests, request => request.Path.Contains("/techniques/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quickstart_ApiKeyWithoutWorkspace_ExitsTwoWithAdvice()
    {
        var (exitCode, _, stderr) = await RunQuickstartAsync(new Dictionary<string, string?> { ["FLORA_API_KEY"] = "sk_test_unused" });

        Assert.Equal(2, exitCode);
        Assert.Contains("FLORA_WORKSPACE_ID", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_WrongApiKey_ExitsOneWithTheErrorCode()
    {
        await using var emulator = await FloraEmulator.StartAsync();

        var (exitCode, _, stderr) = await RunQuickstartAsync(new Dictionary<string, string?>
        {
            ["FLORA_API_KEY"] = "sk_wrong",
            ["FLORA_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["FLORA_WORKSPACE_ID"] = "ws_quickstart",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("401 invalid_api_key", stderr, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunQuickstartAsync(Dictionary<string, string?> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Flora.Quickstart.dll");
        Assert.True(File.Exists(dll), $"The quickstart was not built next to the tests ({dll}).");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var name in new[] { "FLORA_API_KEY", "FLORA_BASE_URL", "FLORA_WORKSPACE_ID", "FLORA_PROJECT_ID", "FLORA_TECHNIQUE_ID" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        var (outText, errText) = (await stdout, await stderr);
        output.WriteLine(outText);
        output.WriteLine(errText);
        return (process.ExitCode, outText, errText);
    }
}

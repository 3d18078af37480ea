using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// flora techniques run (issue 29): against an emulator that processes for 2 s and stores uploads, a local file is
/// uploaded once through the batch, the run is waited for and its outputs are written; a rerun uploads nothing; a wait
/// that runs out, a failing technique and bad inputs exit non-zero with the run id or the reason.
/// </summary>
public sealed class TechniqueRunEndToEndTests : IAsyncLifetime
{
    private const string Upscale = "tech_emulator_upscale";
    private const string Caption = "tech_emulator_caption";
    private const string TextToImage = "tech_emulator_text_to_image";
    private const string AlwaysFails = "tech_emulator_always_fail";

    private FloraEmulator _emulator = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromSeconds(2), StoreUploads = true });
        _folder = Directory.CreateTempSubdirectory("flora-cli-run-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Run_LocalFileWithWaitAndOutput_UploadsRunsWaitsAndWritesTheOutputs_AndARerunUploadsNothing()
    {
        var image = Png("photo.png", 5_000);
        var outputs = Path.Combine(_folder, "out");
        string[] command = ["techniques", "run", Upscale, "--input", $"image={image}", "-w", _emulator.WorkspaceId, "--wait", "--output", outputs, "--format", "json"];

        var first = await FloraTool.RunAsync(command, Env());

        Assert.True(first.ExitCode == 0, first.ToString());
        using (var run = JsonDocument.Parse(first.Stdout))
        {
            Assert.Equal("completed", run.RootElement.GetProperty("status").GetString());
            var path = Assert.Single(run.RootElement.GetProperty("files").EnumerateArray()).GetString()!;
            Assert.StartsWith(Path.GetFullPath(outputs), Path.GetFullPath(path), StringComparison.Ordinal);

            // The upscale technique gives the input's bytes back: the written output is the uploaded file.
            Assert.True(new FileInfo(path).Length > 0);
            Assert.Equal(await File.ReadAllBytesAsync(image), await File.ReadAllBytesAsync(path));
        }

        Assert.Equal(1, _emulator.AssetCount);
        var assetId = _emulator.Assets.Single().AssetId;
        var requestsBefore = _emulator.Requests.Count;

        var second = await FloraTool.RunAsync(command, Env());

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(1, _emulator.AssetCount);
        Assert.Equal(assetId, _emulator.Assets.Single().AssetId);
        var rerun = _emulator.Requests.Skip(requestsBefore).ToList();
        Assert.DoesNotContain(rerun, r => r.Route is EmulatorRoute.Create or EmulatorRoute.Upload or EmulatorRoute.Complete);
        Assert.Single(rerun, r => r.Route == EmulatorRoute.CreateTechniqueRun);
    }

    [Fact]
    public async Task Run_WaitTimeoutRunsOut_ExitsNotFinishedAndPrintsTheRunId()
    {
        var run = await FloraTool.RunAsync(["techniques", "run", TextToImage, "--input", "prompt=a red fox", "--wait", "--wait-timeout", "1"], Env());

        Assert.True(run.ExitCode == 3, run.ToString());
        var runId = Assert.Single(await RunIdsAsync());
        Assert.Contains(runId, run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"flora runs wait {runId}", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FailingTechnique_ExitsOneWithFlorasErrorCode()
    {
        var run = await FloraTool.RunAsync(["techniques", "run", AlwaysFails, "--input", "prompt=anything", "--wait", "--format", "json"], Env());

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("emulated_failure", run.Stderr, StringComparison.Ordinal);
        using var failed = JsonDocument.Parse(run.Stdout);
        Assert.Equal("failed", failed.RootElement.GetProperty("status").GetString());
        Assert.Contains(failed.RootElement.GetProperty("run_id").GetString()!, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image", "is not <input-id>=<value>")]
    [InlineData("=x", "is not <input-id>=<value>")]
    [InlineData("image=", "has no value")]
    [InlineData("image=missing/photo.png", "the file 'missing/photo.png' does not exist")]
    [InlineData("image=nowhere.png", "the file 'nowhere.png' does not exist")]
    [InlineData("image=http://example.com/a.png", "is not https")]
    public async Task Run_BadInput_RefusedWithExitTwoBeforeAnythingIsSent(string input, string reason)
    {
        var run = await FloraTool.RunAsync(["techniques", "run", Upscale, "--input", input, "-w", _emulator.WorkspaceId, "--wait"], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Run_FileInputWithoutWorkspace_RefusedBeforeAnythingIsSent()
    {
        var run = await FloraTool.RunAsync(["techniques", "run", Upscale, "--input", $"image={Png("c.png", 100)}"], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--workspace-id", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Run_TextForAnImageInputOrAnUnknownId_RefusedBeforeAnyRunOrUpload()
    {
        var text = await FloraTool.RunAsync(["techniques", "run", Upscale, "--input", "image=a cat"], Env());
        var unknown = await FloraTool.RunAsync(["techniques", "run", TextToImage, "--input", "colour=red"], Env());

        Assert.True(text.ExitCode == 2, text.ToString());
        Assert.Contains("imageUrl", text.Stderr, StringComparison.Ordinal);
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("prompt", unknown.Stderr, StringComparison.Ordinal);
        Assert.All(_emulator.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Run_AssetIdAndEmulatorUrlInputs_BecomeImageUrlInputs()
    {
        var image = Png("b.png", 3_000);
        var asset = await _emulator.Client.Assets.UploadFileAsync(image, new() { WorkspaceId = _emulator.WorkspaceId });
        var ready = await _emulator.Client.Assets.WaitForReadyAsync(asset.AssetId, TimeSpan.FromSeconds(30));

        var byId = await FloraTool.RunAsync(["techniques", "run", Caption, "--input", $"image={ready.AssetId}", "--wait", "--format", "json"], Env());
        var byUrl = await FloraTool.RunAsync(["techniques", "run", Caption, "--input", $"image={ready.Url}", "--wait", "--format", "json"], Env());

        Assert.True(byId.ExitCode == 0, byId.ToString());
        Assert.True(byUrl.ExitCode == 0, byUrl.ToString());
        using var a = JsonDocument.Parse(byId.Stdout);
        using var b = JsonDocument.Parse(byUrl.Stdout);
        Assert.Equal("completed", a.RootElement.GetProperty("status").GetString());
        Assert.Equal(
            a.RootElement.GetProperty("outputs")[0].GetProperty("url").GetString(),
            b.RootElement.GetProperty("outputs")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Run_CtrlCDuringTheWait_ExitsOneThirtyPrintsHowToResume_AndTheRunGoesOn()
    {
        // The run is still running when the wait is stopped: the emulator polled it at least once.
        await using var slow = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromMinutes(5) });
        var env = FloraTool.Env(slow.BaseUrl, slow.ApiKey);
        using var process = Process.Start(FloraTool.StartInfo(["techniques", "run", TextToImage, "--input", "prompt=a slow fox", "--wait", "--format", "table"], env))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (slow.CountRequests(EmulatorRoute.RetrieveRun) == 0 && deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            await Task.Delay(20);
        }

        Assert.False(process.HasExited, "the wait ended before it could be stopped");
        Assert.Equal(0, Signals.Send(process.Id, Signals.SigInt));
        await process.WaitForExitAsync();

        var runId = Assert.Single(slow.Requests.Where(r => r.Route == EmulatorRoute.RetrieveRun).Select(r => r.Path.Split('/')[^1]).Distinct());
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}; stderr: {await stderr}");
        Assert.Contains($"flora runs wait {runId}", await stderr, StringComparison.Ordinal);
        Assert.Contains($"waiting for run {runId}", await stdout, StringComparison.Ordinal);
        var still = await slow.Client.Runs.RetrieveAsync(runId);
        Assert.NotEqual(Flora.Sdk.Models.RunStatus.Completed, still.Status);
        Assert.NotEqual(Flora.Sdk.Models.RunStatus.Failed, still.Status);
    }

    private async Task<List<string>> RunIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var run in _emulator.Client.Techniques.Runs.ListAsync())
        {
            ids.Add(run.RunId);
        }

        return ids;
    }

    private string Png(string name, int size)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(size));
        return path;
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

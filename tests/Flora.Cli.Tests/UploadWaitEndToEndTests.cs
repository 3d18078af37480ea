using System.Diagnostics;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// flora assets upload never uploads a file twice (issue 19, cases 1, 5 and 6): against an emulator that processes
/// every asset for minutes (a fake clock the test moves), a wait that runs out, a killed wait, a rerun with a project.
/// </summary>
public sealed class UploadWaitEndToEndTests
{
    private static readonly TimeSpan s_processing = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Upload_WaitRunsOut_RecordsProcessingFilesAndARerunWaitsForThemWithoutUploading()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock, ProcessingTime = s_processing });
        using var files = new TestFiles().Generate(2, mixedSizes: false);
        string[] upload = ["assets", "upload", files.Folder, "-w", emulator.WorkspaceId, "--format", "json"];

        var first = await FloraTool.RunAsync([.. upload, "--wait", "--wait-timeout", "1"], Env(emulator));

        Assert.True(first.ExitCode == 1, first.ToString());
        var ids = emulator.Assets.Select(a => a.AssetId).Order().ToList();
        Assert.Equal(2, ids.Count);
        using (var summary = JsonDocument.Parse(first.Stdout))
        {
            Assert.Equal(2, summary.RootElement.GetProperty("processing").GetInt32());
            Assert.Equal(ids, Files(summary, "processing").Select(f => f.GetProperty("asset_id").GetString()!).Order());
        }

        using (var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(files.Folder, ".flora-upload.json"))))
        {
            Assert.All(manifest.RootElement.GetProperty("files").EnumerateArray(), f => Assert.Equal("processing", f.GetProperty("state").GetString()));
        }

        // A rerun without --wait reports them, uploads nothing, and still exits 1.
        var report = await FloraTool.RunAsync(upload, Env(emulator));
        Assert.True(report.ExitCode == 1, report.ToString());
        Assert.Equal(2, emulator.AssetCount);

        // Once FLORA is done, a rerun with --wait succeeds, still without uploading.
        clock.Advance(s_processing);
        var waited = await FloraTool.RunAsync([.. upload, "--wait"], Env(emulator));

        Assert.True(waited.ExitCode == 0, waited.ToString());
        using (var summary = JsonDocument.Parse(waited.Stdout))
        {
            Assert.Equal(2, summary.RootElement.GetProperty("ready").GetInt32());
            Assert.Equal(0, summary.RootElement.GetProperty("uploaded").GetInt32());
        }

        Assert.Equal(ids, emulator.Assets.Select(a => a.AssetId).Order());
        Assert.All(emulator.Assets, a => Assert.Equal("ready", a.Status));
    }

    [Fact]
    public async Task Upload_KilledInTheMiddleOfAWaitThenRerun_MakesNoSecondAsset()
    {
        // A real clock: the first run is killed while it polls, the rerun waits the processing out.
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromSeconds(40) });
        using var files = new TestFiles().Generate(4, mixedSizes: true);
        string[] upload = ["assets", "upload", files.Folder, "-w", emulator.WorkspaceId, "--wait", "--format", "json"];

        using (var process = Process.Start(FloraTool.StartInfo(upload, Env(emulator)))!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = Stopwatch.StartNew();

            // Every file's bytes arrived and the run is polling for ready: kill it there.
            while (emulator.AssetCount < 4 && deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(20);
            }

            // The waits poll every second or more: let each begin.
            await Task.Delay(TimeSpan.FromSeconds(1.5));

            if (process.HasExited)
            {
                Assert.Fail("the run ended before it could be killed: " + await stderr);
            }

            var atKill = string.Join(", ", emulator.Assets.Select(a => $"{a.AssetId} {a.Status} {a.IsProcessing}"));
            Assert.True(emulator.Assets.Count(a => a.Status != "ready") == 4, $"at the kill: {atKill}; {deadline.Elapsed}");
            Assert.Equal(0, Signals.Send(process.Id, Signals.SigKill));
            await process.WaitForExitAsync();
            await stdout;
        }

        var made = emulator.Assets.Select(a => a.AssetId).Order().ToList();
        Assert.True(made.Count == 4, string.Join(", ", made));

        var rerun = await FloraTool.RunAsync(upload, Env(emulator));

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(made, emulator.Assets.Select(a => a.AssetId).Order());
        Assert.All(emulator.Assets, a => Assert.Equal("ready", a.Status));
        using var summary = JsonDocument.Parse(rerun.Stdout);
        Assert.Equal(0, summary.RootElement.GetProperty("uploaded").GetInt32());
        Assert.True(summary.RootElement.GetProperty("recovered").GetInt32() == 4, rerun.ToString());
    }

    [Fact]
    public async Task Upload_RerunWithProjectId_PlacesTheRecordedAssetsOnTheProject()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProjectId = "prj_x" });
        using var files = new TestFiles().Generate(3, mixedSizes: false);
        string[] upload = ["assets", "upload", files.Folder, "-w", emulator.WorkspaceId, "--format", "json"];

        var first = await FloraTool.RunAsync(upload, Env(emulator));
        var placed = await FloraTool.RunAsync([.. upload, "--project-id", "prj_x"], Env(emulator));
        var again = await FloraTool.RunAsync([.. upload, "--project-id", "prj_x"], Env(emulator));

        Assert.True(first.ExitCode == 0 && placed.ExitCode == 0 && again.ExitCode == 0, placed.ToString());
        using (var summary = JsonDocument.Parse(placed.Stdout))
        {
            Assert.Equal(3, summary.RootElement.GetProperty("attached").GetInt32());
        }

        using (var summary = JsonDocument.Parse(again.Stdout))
        {
            Assert.Equal(3, summary.RootElement.GetProperty("already_uploaded").GetInt32());
        }

        var onProject = new List<string>();
        await foreach (var asset in emulator.Client.Assets.ListAsync(new AssetListParams { ProjectId = "prj_x" }))
        {
            onProject.Add(asset.AssetId!);
        }

        Assert.Equal(emulator.Assets.Select(a => a.AssetId).Order(), onProject.Order());
        Assert.Equal(3, emulator.AssetCount);
        Assert.Equal(3, emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.Attach));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(files.Folder, ".flora-upload.json")));
        Assert.All(manifest.RootElement.GetProperty("files").EnumerateArray(), f => Assert.Equal("prj_x", f.GetProperty("project_ids")[0].GetString()));
    }

    [Fact]
    public async Task Upload_ApiKeyStdin_ReadsTheKeyFromStandardInput()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var files = new TestFiles().Generate(1, mixedSizes: false);
        var start = FloraTool.StartInfo(
            ["assets", "upload", files.Folder, "-w", emulator.WorkspaceId, "--api-key-stdin", "--format", "json"],
            new Dictionary<string, string?> { ["FLORA_BASE_URL"] = emulator.BaseUrl.ToString() });
        start.RedirectStandardInput = true;

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(emulator.ApiKey);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(1, emulator.AssetCount);
        Assert.DoesNotContain(emulator.ApiKey, await stdout + await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ApiKey_SaysItIsVisibleToOtherUsers()
    {
        var help = await FloraTool.RunAsync(["assets", "upload", "--help"]);

        Assert.Contains("visible to other users", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--api-key-stdin", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--wait-timeout", help.Stdout, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Files(JsonDocument summary, string status) =>
        summary.RootElement.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("status").GetString() == status);

    private static Dictionary<string, string?> Env(FloraEmulator emulator) => FloraTool.Env(emulator.BaseUrl, emulator.ApiKey);
}

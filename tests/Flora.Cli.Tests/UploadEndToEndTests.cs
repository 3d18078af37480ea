using System.Diagnostics;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>flora assets upload as a process against the emulator: bytes, resume after a kill, JSON, exit codes.</summary>
public sealed class UploadEndToEndTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Upload_50MixedFilesWithWait_EveryFileReadyOnceWithItsSha256()
    {
        using var files = new TestFiles().Generate(50);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "--workspace-id", _emulator.WorkspaceId, "--wait", "--concurrency", "6", "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(50, summary.RootElement.GetProperty("uploaded").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt32());
        var assets = _emulator.Assets;
        Assert.Equal(50, assets.Count);
        Assert.All(assets, a => Assert.Equal("ready", a.Status));
        Assert.Equal(files.Sha256ByName.OrderBy(p => p.Key), assets.Select(a => KeyValuePair.Create(a.FileName!, a.Sha256!)).OrderBy(p => p.Key));
        Assert.Contains(assets, a => a.UploadedBytes > TestFiles.FourMiB);
        Assert.Contains(assets, a => a.UploadedBytes <= TestFiles.FourMiB);
    }

    [Fact]
    public async Task Upload_WithProjectId_AssetsListedUnderTheProjectWithoutAttachCalls()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProjectId = "prj_x" });
        using var files = new TestFiles().Generate(3, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "--workspace-id", emulator.WorkspaceId, "--project-id", "prj_x", "--format", "json"], FloraTool.Env(emulator.BaseUrl, emulator.ApiKey));

        Assert.True(run.ExitCode == 0, run.ToString());
        var onProject = new List<string>();
        await foreach (var asset in emulator.Client.Assets.ListAsync(new Flora.Sdk.Models.AssetListParams { ProjectId = "prj_x" }))
        {
            onProject.Add(asset.AssetId!);
        }

        Assert.Equal(3, emulator.Assets.Count);
        Assert.Equal(emulator.Assets.Select(a => a.AssetId).Order(), onProject.Order());
        Assert.Equal(0, emulator.RequestCounts.GetValueOrDefault(EmulatorRoute.Attach));
    }

    [Theory]
    [InlineData("KILL")]
    [InlineData("INT")]
    public async Task Upload_KilledMidwayThenRerun_NoFileUploadedTwice(string signal)
    {
        using var files = new TestFiles().Generate(50, mixedSizes: false);

        // Slow completes, so the run is still going when it is stopped.
        _emulator.Faults.Enqueue(EmulatorRoute.Complete, EmulatorFault.Delayed(TimeSpan.FromMilliseconds(400)), times: 1000);
        var manifest = Path.Combine(files.Folder, ".flora-upload.json");
        using (var process = Process.Start(FloraTool.StartInfo(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--format", "jsonl"], Env()))!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = Stopwatch.StartNew();
            while (_emulator.Assets.Count(a => a.Status == "ready") < 10 && deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(20);
            }

            if (process.HasExited)
            {
                Assert.Fail("the upload ended before it could be stopped: " + await stderr);
            }

            Assert.Equal(0, Signals.Send(process.Id, signal == "KILL" ? Signals.SigKill : Signals.SigInt));

            var readyAtKill = _emulator.Assets.Count(a => a.Status == "ready");
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == (signal == "KILL" ? 137 : 130), $"exit {process.ExitCode} after {deadline.Elapsed}, {readyAtKill} ready at the kill; stderr: {await stderr}");
            await stdout;
        }

        // Whatever moment the kill hit, the manifest is whole, and says the run did not finish.
        using (var written = JsonDocument.Parse(await File.ReadAllTextAsync(manifest)))
        {
            Assert.False(written.RootElement.GetProperty("finished").GetBoolean());
        }

        var readyBefore = _emulator.Assets.Count(a => a.Status == "ready");
        Assert.InRange(readyBefore, 10, 49);
        _emulator.Faults.ClearQueued();

        var rerun = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--format", "json"], Env());

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var ready = _emulator.Assets.Where(a => a.Status == "ready").ToList();
        Assert.Equal(50, ready.Count);
        Assert.Equal(50, ready.Select(a => a.Sha256).Distinct().Count());
        Assert.Equal(files.Sha256ByName.Values.Order(), ready.Select(a => a.Sha256!).Order());
        using var summary = JsonDocument.Parse(rerun.Stdout);
        var root = summary.RootElement;
        Assert.Equal(50, root.GetProperty("uploaded").GetInt32() + root.GetProperty("already_uploaded").GetInt32() + root.GetProperty("recovered").GetInt32());
        Assert.Equal(50 - readyBefore, root.GetProperty("uploaded").GetInt32());
    }

    [Fact]
    public async Task Upload_FolderWithHiddenAndUnacceptedFiles_SkipsThemAndSucceeds()
    {
        using var files = new TestFiles().Generate(3, mixedSizes: false);
        await File.WriteAllTextAsync(Path.Combine(files.Folder, "notes.txt"), "not media");
        await File.WriteAllTextAsync(Path.Combine(files.Folder, ".hidden.png"), "hidden");

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.Stdout);
        var skipped = summary.RootElement.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "skipped").Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["notes.txt", ".hidden.png"], skipped.Order().Reverse());
        Assert.Equal(3, _emulator.AssetCount);
    }

    [Fact]
    public async Task Upload_NamedFileOfUnacceptedType_ExitsTwoAndSendsNothing()
    {
        using var files = new TestFiles();
        var path = Path.Combine(files.Folder, "notes.txt");
        await File.WriteAllTextAsync(path, "not media");

        var run = await FloraTool.RunAsync(["assets", "upload", path, "-w", _emulator.WorkspaceId], Env());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a type FLORA accepts", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.AssetCount);
    }

    [Fact]
    public async Task Upload_BadApiKey_ExitsOneWithOneErrorLineAndNoKey()
    {
        using var files = new TestFiles().Generate(5, mixedSizes: false);
        const string WrongKey = "sk_live_wrong_key_do_not_print";

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--api-key", WrongKey], Env());

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(errors);
        Assert.StartsWith("error: 401 invalid_api_key: ", line, StringComparison.Ordinal);
        Assert.Contains("(request req_", line, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongKey, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_DryRun_ListsFilesAndSendsNothing()
    {
        using var files = new TestFiles().Generate(4, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--dry-run", "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.True(summary.RootElement.GetProperty("dry_run").GetBoolean());
        Assert.Equal(4, summary.RootElement.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("status").GetString() == "would_upload"));
        Assert.Equal(0, _emulator.AssetCount);
        Assert.False(File.Exists(Path.Combine(files.Folder, ".flora-upload.json")));
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

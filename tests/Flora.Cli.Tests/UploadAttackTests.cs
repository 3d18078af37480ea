using System.Security.Cryptography;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>
/// flora assets upload against a hostile folder and a hostile colleague (issue 26, items 3, 5 and 6): links at the
/// manifest's temporary path, a planted same-name asset after an interrupted run, links inside the uploaded folder.
/// </summary>
public sealed class UploadAttackTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Attack3_ManifestTempSymlink_VictimUntouchedAndManifestARegularFile()
    {
        using var files = new TestFiles().Generate(2, mixedSizes: false);
        using var outside = new TestFiles();
        var victim = Path.Combine(outside.Folder, "victim.txt");
        await File.WriteAllTextAsync(victim, "precious");

        // The received folder carries a link at the manifest's old, fixed temporary name.
        File.CreateSymbolicLink(Path.Combine(files.Folder, ".flora-upload.json.flora-tmp"), victim);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("precious", await File.ReadAllTextAsync(victim));
        var manifest = new FileInfo(Path.Combine(files.Folder, ".flora-upload.json"));
        Assert.Null(manifest.LinkTarget);
        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(manifest.FullName));
        Assert.Equal(2, written.RootElement.GetProperty("files").GetArrayLength());

        // No temporary file is left behind but the planted link, untouched.
        Assert.Equal([".flora-upload.json.flora-tmp"], Directory.EnumerateFiles(files.Folder, "*.flora-tmp").Select(Path.GetFileName));
        Assert.Equal(victim, new FileInfo(Path.Combine(files.Folder, ".flora-upload.json.flora-tmp")).LinkTarget);
    }

    [Fact]
    public async Task Attack3_ManifestPathIsASymlink_RefusedWithAClearErrorAndNothingSent()
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);
        using var outside = new TestFiles();
        var victim = Path.Combine(outside.Folder, "victim.json");
        File.CreateSymbolicLink(Path.Combine(files.Folder, ".flora-upload.json"), victim);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is a symbolic link", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(victim));
        Assert.Equal(0, _emulator.AssetCount);
    }

    [Fact]
    public async Task Attack5_PlantedSameNameSameSizeAssetAfterAnInterruptedRun_LocalFileUploadedPlantedNotRecorded()
    {
        using var files = new TestFiles();
        var logo = RandomNumberGenerator.GetBytes(5_000);
        await File.WriteAllBytesAsync(Path.Combine(files.Folder, "logo.png"), logo);
        var manifestPath = Path.Combine(files.Folder, ".flora-upload.json");

        // An interrupted run: the manifest says unfinished, and holds nothing for logo.png.
        await File.WriteAllTextAsync(manifestPath, """{ "version": 1, "finished": false, "idempotency_key": "flora-cli-interrupted", "files": [] }""");

        // A colleague's ready asset with the same name and size, other bytes.
        using var planted = new MemoryStream(RandomNumberGenerator.GetBytes(5_000));
        var plantedAsset = await _emulator.Client.Assets.UploadAsync(
            planted, new AssetUploadParams { WorkspaceId = _emulator.WorkspaceId, FileName = "logo.png", ContentType = "image/png", WaitForReady = true });
        Assert.Equal(AssetStatus.Ready, plantedAsset.Status);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.Stdout);
        var outcome = Assert.Single(summary.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == "logo.png");
        Assert.Equal("uploaded", outcome.GetProperty("status").GetString());
        Assert.NotEqual(plantedAsset.AssetId, outcome.GetProperty("asset_id").GetString());
        Assert.Equal(2, _emulator.AssetCount);
        Assert.Contains(_emulator.Assets, a => a.Sha256 == Convert.ToHexStringLower(SHA256.HashData(logo)));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
        var entry = Assert.Single(manifest.RootElement.GetProperty("files").EnumerateArray());
        Assert.NotEqual(plantedAsset.AssetId, entry.GetProperty("asset_id").GetString());
    }

    [Fact]
    public async Task Attack5_OurUnrecordedAssetAndAPlantedOneBothFit_NeitherAdoptedAndNothingUploadedTwice()
    {
        using var files = new TestFiles();
        await File.WriteAllBytesAsync(Path.Combine(files.Folder, "logo.png"), RandomNumberGenerator.GetBytes(5_000));
        var manifestPath = Path.Combine(files.Folder, ".flora-upload.json");
        string[] upload = ["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--format", "json"];
        var first = await FloraTool.RunAsync(upload, Env());
        Assert.True(first.ExitCode == 0, first.ToString());
        var ours = Assert.Single(_emulator.Assets).AssetId;

        // The kill hit after FLORA made the asset and before the manifest recorded it.
        var written = await File.ReadAllTextAsync(manifestPath);
        var key = JsonDocument.Parse(written).RootElement.GetProperty("idempotency_key").GetString();
        await File.WriteAllTextAsync(manifestPath, $$"""{ "version": 1, "finished": false, "idempotency_key": "{{key}}", "files": [] }""");
        using var planted = new MemoryStream(RandomNumberGenerator.GetBytes(5_000));
        var plantedAsset = await _emulator.Client.Assets.UploadAsync(
            planted, new AssetUploadParams { WorkspaceId = _emulator.WorkspaceId, FileName = "logo.png", ContentType = "image/png", WaitForReady = true });

        var rerun = await FloraTool.RunAsync(upload, Env());

        // FLORA refuses the file's key (ours was used), and two assets fit: the CLI cannot tell, so it names both and adopts neither.
        Assert.True(rerun.ExitCode == 1, rerun.ToString());
        using var summary = JsonDocument.Parse(rerun.Stdout);
        var outcome = Assert.Single(summary.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == "logo.png");
        Assert.Equal("failed", outcome.GetProperty("status").GetString());
        Assert.Contains(ours, outcome.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(plantedAsset.AssetId, outcome.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, _emulator.AssetCount);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
        Assert.Empty(manifest.RootElement.GetProperty("files").EnumerateArray());
    }

    [Fact]
    public async Task Attack6_SymlinkToAFileOutsideTheFolder_NotUploadedAndListedAsSkipped()
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);
        using var outside = new TestFiles();
        var secret = Path.Combine(outside.Folder, "id_rsa");
        await File.WriteAllTextAsync(secret, "-----BEGIN OPENSSH PRIVATE KEY-----");
        File.CreateSymbolicLink(Path.Combine(files.Folder, "holiday.png"), secret);
        Directory.CreateSymbolicLink(Path.Combine(files.Folder, "trip"), outside.Folder);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-r", "-w", _emulator.WorkspaceId, "--allow-unknown-type", "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, _emulator.AssetCount);
        Assert.DoesNotContain(_emulator.Assets, a => a.FileName is "holiday.png" or "id_rsa");
        using var summary = JsonDocument.Parse(run.Stdout);
        var skipped = summary.RootElement.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "skipped")
            .ToDictionary(f => f.GetProperty("path").GetString()!.TrimEnd('/', '\\'), f => f.GetProperty("error").GetString()!);
        Assert.Contains("symbolic link", skipped["holiday.png"], StringComparison.Ordinal);
        Assert.Contains("symbolic link", skipped["trip"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack6_DirectoryLoopWithFollowLinks_EachRealFileUploadedOnce()
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);
        var a = Path.Combine(files.Folder, "a");
        Directory.CreateDirectory(a);
        await File.WriteAllBytesAsync(Path.Combine(a, "inner.png"), RandomNumberGenerator.GetBytes(3_000));
        Directory.CreateSymbolicLink(Path.Combine(a, "loop"), "..");

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-r", "--follow-links", "-w", _emulator.WorkspaceId, "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, _emulator.AssetCount);
        Assert.Equal(["file-000.jpg", "inner.png"], _emulator.Assets.Select(x => x.FileName!).Order());
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, summary.RootElement.GetProperty("uploaded").GetInt32());
        var loop = Assert.Single(summary.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("status").GetString() == "skipped");
        Assert.Equal("a/loop/", loop.GetProperty("path").GetString());
        Assert.Equal("a link to a folder already walked", loop.GetProperty("error").GetString());
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

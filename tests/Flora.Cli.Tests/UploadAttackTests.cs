using System.Text.Json;
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

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>flora assets download as a process against the emulator (StoreUploads): bytes, JSON, exit codes, resume after Ctrl+C.</summary>
public sealed class DownloadEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("flora-cli-dl-").FullName;
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false, StoreUploads = true });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Download_ThreeAssetsAsJson_EveryFileWithItsBytes()
    {
        var assets = new Dictionary<string, byte[]>();
        for (var i = 0; i < 3; i++)
        {
            var bytes = RandomNumberGenerator.GetBytes(300_000 + i);
            var asset = await _emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Params($"photo{i}.bin"));
            assets[asset.AssetId] = bytes;
        }

        var run = await FloraTool.RunAsync(["assets", "download", .. assets.Keys, "--output", _output, "--concurrency", "2", "--format", "json"], Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(3, summary.RootElement.GetProperty("downloaded").GetInt32());
        foreach (var file in summary.RootElement.GetProperty("files").EnumerateArray())
        {
            var expected = assets[file.GetProperty("asset_id").GetString()!];
            Assert.Equal(expected, await File.ReadAllBytesAsync(file.GetProperty("path").GetString()!));
        }

        Assert.Equal(["photo0.bin", "photo1.bin", "photo2.bin"], Directory.GetFiles(_output).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Download_OneUnknownAsset_ExitsOneAndReportsItFailedAsJsonLines()
    {
        var bytes = RandomNumberGenerator.GetBytes(1000);
        var asset = await _emulator.Client.Assets.UploadAsync(new MemoryStream(bytes), Params("ok.bin"));

        var run = await FloraTool.RunAsync(["assets", "download", asset.AssetId, "asset_missing", "-o", _output, "--format", "jsonl"], Env());

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("downloaded", lines.Single(l => l.TryGetProperty("asset_id", out var id) && id.GetString() == asset.AssetId).GetProperty("status").GetString());
        Assert.Equal("failed", lines.Single(l => l.TryGetProperty("asset_id", out var id) && id.GetString() == "asset_missing").GetProperty("status").GetString());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_output, "ok.bin")));
    }

    [Fact]
    public async Task Download_InterruptedWithCtrlC_ExitsOneThirtyKeepsThePartial_RerunFinishesIt()
    {
        const long Size = 256L * 1024 * 1024;
        var asset = await _emulator.Client.Assets.UploadAsync(new GeneratedStream(Size), Params("big.bin"));
        var expectedSha = GeneratedStream.Sha256Of(Size);
        var destination = Path.Combine(_output, "big.bin");
        string? partial = null;

        using (var process = Process.Start(FloraTool.StartInfo(["assets", "download", asset.AssetId, "-o", _output, "--format", "json"], Env()))!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = Stopwatch.StartNew();
            while (!(partial is not null && new FileInfo(partial).Length > 0) && deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                partial = Directory.GetFiles(_output, ".big.bin.*.flora-partial").FirstOrDefault();
                await Task.Delay(5);
            }

            if (process.HasExited)
            {
                Assert.Fail("the download ended before it could be stopped: " + await stderr);
            }

            Assert.Equal(0, Signals.Send(process.Id, Signals.SigInt));
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}; stderr: {await stderr}");
            await stdout;
        }

        Assert.False(File.Exists(destination));
        var kept = new FileInfo(partial!).Length;
        Assert.InRange(kept, 1, Size - 1);
        Assert.Single(Directory.GetFiles(_output, ".big.bin.*.flora-resume"));

        var rerun = await FloraTool.RunAsync(["assets", "download", asset.AssetId, "-o", _output, "--format", "json"], Env());

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(["big.bin"], Directory.GetFiles(_output).Select(Path.GetFileName));
        await using var file = File.OpenRead(destination);
        Assert.Equal(expectedSha, Convert.ToHexStringLower(await SHA256.HashDataAsync(file)));
    }

    private AssetUploadParams Params(string fileName) => new()
    {
        WorkspaceId = _emulator.WorkspaceId,
        FileName = fileName,
        AllowUnknownContentType = true,
        WaitForReady = true,
    };

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

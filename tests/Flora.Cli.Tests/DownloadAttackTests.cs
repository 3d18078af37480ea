using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flora.Cli.Download;
using Flora.Sdk;

namespace Flora.Cli.Tests;

/// <summary>
/// The download half of issue 26 ("Hostile servers, hostile folders") against <c>flora assets download</c>: a hostile
/// FLORA on loopback chooses every asset's name, id and bytes, and the output folder holds the attacker's files and
/// links. One test per attack the reviewer reproduced; the SDK's half is in tests/Flora.Sdk.Tests/Downloads/DownloadAttackTests.cs.
/// </summary>
public sealed class DownloadAttackTests : IAsyncLifetime, IDisposable
{
    private readonly string _sandbox = Directory.CreateTempSubdirectory("flora-cli-attack-").FullName;
    private readonly Dictionary<string, (string? Name, byte[] Bytes)> _assets = [];
    private readonly string _output;
    private LoopbackServer _flora = null!;

    public DownloadAttackTests() => _output = Path.Combine(_sandbox, "home", "out");

    public Task InitializeAsync()
    {
        _flora = LoopbackServer.Start(AnswerAsync);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _flora.DisposeAsync();

    public void Dispose() => Directory.Delete(_sandbox, recursive: true);

    [Fact]
    public async Task Attack1_IdWithDotDot_StaysInsideOutputFolder()
    {
        var absolute = Path.Combine(_sandbox, "abs");
        Add("../x", null);
        Add("../../y", null);
        Add(absolute, null);

        var summary = await RunAsync(["../x", "../../y", absolute]);

        Assert.Equal(3, summary.Downloaded);
        Assert.All(summary.Files, f => Assert.Equal(_output, Path.GetDirectoryName(f.Path)));
        Assert.Equal(["___x", "______y", Mangled(absolute)], summary.Files.Select(f => Path.GetFileName(f.Path!)));
        Assert.All(Directory.GetFiles(_sandbox, "*", SearchOption.AllDirectories), f => Assert.StartsWith(_output + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attack2_DotfileNameInTheDefaultFolder_NeverReplacesTheFileThere()
    {
        var home = Directory.CreateDirectory(Path.Combine(_sandbox, "home")).FullName;
        var bashrc = Path.Combine(home, ".bashrc");
        await File.WriteAllTextAsync(bashrc, "mine");
        var bytes = Add("asset_rc", ".bashrc");
        var start = FloraTool.StartInfo(["assets", "download", "asset_rc", "--format", "json"], FloraTool.Env(_flora.Url, "fl_test_key"), workingDirectory: home);

        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout}\n{stderr}");
        Assert.Equal("mine", await File.ReadAllTextAsync(bashrc));
        using var summary = JsonDocument.Parse(stdout);
        var path = summary.RootElement.GetProperty("files")[0].GetProperty("path").GetString()!;
        Assert.Equal(Path.Combine(home, "asset_rc"), path);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Attack2_ExistingFile_KeptUnlessOverwrite_TheDownloadTakesTheNextFreeName()
    {
        Directory.CreateDirectory(_output);
        var existing = Path.Combine(_output, "clip.png");
        await File.WriteAllTextAsync(existing, "mine");
        await File.WriteAllTextAsync(Path.Combine(_output, "clip (1).png"), "mine too");
        var bytes = Add("asset_a", "clip.png");

        var kept = await RunAsync(["asset_a"]);

        Assert.Equal("mine", await File.ReadAllTextAsync(existing));
        Assert.Equal(Path.Combine(_output, "clip (2).png"), Assert.Single(kept.Files).Path);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_output, "clip (2).png")));

        var replaced = await RunAsync(["asset_a"], overwrite: true);

        Assert.Equal(existing, Assert.Single(replaced.Files).Path);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(existing));
    }

    [Fact]
    public async Task Attack3_LinksAtTheFinalAndTheOldPartialPaths_AreNeverWrittenThrough()
    {
        Directory.CreateDirectory(_output);
        var victim = Path.Combine(_sandbox, "victim.txt");
        await File.WriteAllTextAsync(victim, "the victim's own bytes");
        File.CreateSymbolicLink(Path.Combine(_output, "clip.png"), victim);
        File.CreateSymbolicLink(Path.Combine(_output, "clip.png.asset_a.partial"), victim);
        var bytes = Add("asset_a", "clip.png");

        var summary = await RunAsync(["asset_a"]);

        Assert.Equal("the victim's own bytes", await File.ReadAllTextAsync(victim));
        var path = Assert.Single(summary.Files).Path!;
        Assert.Equal(Path.Combine(_output, "clip (1).png"), path);
        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Equal(victim, new FileInfo(Path.Combine(_output, "clip.png")).LinkTarget);
    }

    [Fact]
    public async Task Attack4_TwoAssetsWithOneName_LandInTwoFiles_EachReportedWithItsPath()
    {
        var a = Add("asset_a", "clip.png");
        var b = Add("asset_b", "clip.png");
        var c = Add("asset_c", "asset_b-clip.png");

        var summary = await RunAsync(["asset_a", "asset_b", "asset_c"], concurrency: 1);

        Assert.Equal(3, summary.Downloaded);
        Assert.Equal(3, summary.Files.Select(f => f.Path).Distinct().Count());
        foreach (var (file, bytes) in summary.Files.Zip([a, b, c]))
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(file.Path!));
        }
    }

    [Fact]
    public async Task Attack4_AnAssetNamedLikeAnotherAssetsPartialFile_NeverSeedsItsBytes()
    {
        var a = Add("asset_a", "clip.png");
        Add("asset_b", "clip.png.asset_a.partial", Enumerable.Repeat((byte)0xEE, 1000).ToArray());

        var summary = await RunAsync(["asset_b", "asset_a"], concurrency: 1);

        Assert.Equal(2, summary.Downloaded);
        Assert.Equal(a, await File.ReadAllBytesAsync(summary.Files[1].Path!));
        Assert.DoesNotContain(_flora.Requests, r => r.HasHeader("Range"));
    }

    [Fact]
    public async Task DeviceNamesAndLongNames_DevicesRefusedLegalLongNameKept()
    {
        var longName = new string('n', 240) + ".png";
        string[] names = ["CON", "con.txt", "LPT1", "nul.tar.gz", "COM1 .log", longName];
        var ids = names.Select((name, i) => { Add("asset_" + i, name); return "asset_" + i; }).ToList();

        var summary = await RunAsync(ids);

        Assert.Equal(names.Length, summary.Downloaded);
        Assert.Equal(["asset_0", "asset_1", "asset_2", "asset_3", "asset_4", longName], summary.Files.Select(f => Path.GetFileName(f.Path!)));
    }

    private static string Mangled(string id) => new([.. id.Take(100).Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);

    private async Task<DownloadSummary> RunAsync(IReadOnlyList<string> ids, int concurrency = 4, bool overwrite = false)
    {
        using var client = new FloraClient(new FloraClientOptions { ApiKey = "fl_test_key", BaseUrl = _flora.Url, MaxRetries = 0 });
        var session = new DownloadSession(client, _output, concurrency, new PlainDownloadDisplay(null), overwrite);
        var summary = await session.RunAsync(ids, CancellationToken.None);
        Assert.True(summary.Failed == 0, string.Join("\n", summary.Files.Select(f => f.Error)));
        return summary;
    }

    private byte[] Add(string id, string? name, byte[]? bytes = null)
    {
        bytes ??= Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(id + ";", 30_000)));
        lock (_assets)
        {
            _assets[id] = (name, bytes);
        }

        return bytes;
    }

    /// <summary>FLORA and its file host in one: <c>GET /assets/{id}</c> answers the asset, <c>GET /files/{n}/</c> its bytes (ranges honoured).</summary>
    private async Task AnswerAsync(LoopbackRequest request, Stream stream, CancellationToken cancellationToken)
    {
        var path = request.Target.Split('?')[0];
        List<string> ids;
        lock (_assets)
        {
            ids = [.. _assets.Keys];
        }

        if (path.StartsWith("/assets/", StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(path["/assets/".Length..]);
            var (name, bytes) = _assets[id];
            var asset = new JsonObject
            {
                ["asset_id"] = id,
                ["status"] = "ready",
                ["workspace_id"] = "ws_1",
                ["name"] = name,
                ["content_type"] = "application/octet-stream",
                ["url"] = $"{_flora.Url}files/{ids.IndexOf(id)}/",
                ["size_bytes"] = bytes.Length,
            };
            await LoopbackServer.WriteResponseAsync(stream, 200, asset.ToJsonString(), cancellationToken);
            return;
        }

        var content = _assets[ids[int.Parse(path.Split('/')[2], CultureInfo.InvariantCulture)]].Bytes;
        var from = request.Header("Range") is { } range ? long.Parse(range["bytes=".Length..].TrimEnd('-'), CultureInfo.InvariantCulture) : 0;
        var head = new StringBuilder(from > 0 ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {content.Length - from}\r\nETag: \"e{content.Length}\"\r\nConnection: close\r\n");
        if (from > 0)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Range: bytes {from}-{content.Length - 1}/{content.Length}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
        await stream.WriteAsync(content.AsMemory((int)from), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}

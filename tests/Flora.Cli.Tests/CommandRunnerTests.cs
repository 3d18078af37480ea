using System.Net;
using System.Net.Sockets;
using Flora.Sdk.Testing;

namespace Flora.Cli.Tests;

/// <summary>What every command gets from the one runner: a usage error is one safe line on stderr and exit 2, for upload, download and the emulator too.</summary>
public sealed class CommandRunnerTests : IAsyncLifetime
{
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FloraEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Upload_ContentTypeWithControlCharacters_IsOneSafeErrorLine()
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", _emulator.WorkspaceId, "--content-type", "x/y\u001b]0;pwned\u0007\nok: uploaded"], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: --content-type 'x/y", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\u0007', line);
        Assert.Equal(0, _emulator.RequestCounts.Values.Sum());
    }

    [Theory]
    [InlineData("upload", "0")]
    [InlineData("upload", "65")]
    [InlineData("download", "0")]
    [InlineData("download", "65")]
    public async Task UploadAndDownload_ConcurrencyOutOfRange_SameLineAndExitTwo(string command, string value)
    {
        using var files = new TestFiles().Generate(1, mixedSizes: false);
        string[] target = command == "upload" ? [files.Folder, "-w", _emulator.WorkspaceId] : ["asset_a", "--output", files.Folder];

        var run = await FloraTool.RunAsync(["assets", command, .. target, "--concurrency", value], Env());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("error: --concurrency must be 1 to 64.\n", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(0, _emulator.RequestCounts.Values.Sum());
    }

    [Fact]
    public async Task Emulator_PortTaken_IsOneErrorLineAndExitTwo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await FloraTool.RunAsync(["emulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Env() => FloraTool.Env(_emulator.BaseUrl, _emulator.ApiKey);
}

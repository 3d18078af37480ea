using System.Diagnostics;
using Flora.Sdk.Testing;
using Xunit.Abstractions;

namespace Flora.Cli.Tests;

/// <summary>flora assets upload in a real terminal (tmux): the live progress display is drawn, and the run ends in a summary.</summary>
public sealed class InteractiveTerminalTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Upload_InATerminal_DrawsProgressBarsThenASummary()
    {
        if (!await TmuxExistsAsync())
        {
            // CI installs tmux (.ci/cli.sh), so there this is a failure; on a developer machine without it, say so.
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, "tmux is not installed; .ci/cli.sh installs it with apt-get.");
            output.WriteLine("SKIPPED: tmux is not installed, so the interactive terminal test did not run (apt-get install tmux).");
            return;
        }

        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { RecordRequests = false });
        using var files = new TestFiles().Generate(8, mixedSizes: false);

        // Slow creates (small files go direct: the create carries the bytes), so that the display is caught while files are in flight.
        emulator.Faults.Enqueue(EmulatorRoute.Create, EmulatorFault.Delayed(TimeSpan.FromMilliseconds(700)), times: 8);
        var session = "flora-test-" + Guid.NewGuid().ToString("N")[..8];
        var command = $"env FLORA_BASE_URL='{emulator.BaseUrl}' FLORA_API_KEY='{emulator.ApiKey}' {FloraTool.ShellCommand} assets upload '{files.Folder}' "
            + $"--workspace-id {emulator.WorkspaceId} --concurrency 2; echo FLORA_EXIT=$?; sleep 120";
        Assert.Equal(0, await TmuxAsync("new-session", "-d", "-s", session, "-x", "160", "-y", "50", command));
        try
        {
            var sawBars = false;
            var screen = string.Empty;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(90) && !screen.Contains("FLORA_EXIT=", StringComparison.Ordinal))
            {
                screen = await CaptureAsync(session);
                sawBars |= screen.Contains("total", StringComparison.Ordinal) && screen.Contains("file-", StringComparison.Ordinal)
                           && screen.Contains('%') && !screen.Contains("FLORA_EXIT=", StringComparison.Ordinal);
                await Task.Delay(100);
            }

            output.WriteLine(screen);
            Assert.True(sawBars, "no progress display (a 'total' bar and a bar per file) was seen while the upload ran");
            Assert.Contains("FLORA_EXIT=0", screen, StringComparison.Ordinal);
            Assert.Contains("flora upload", screen, StringComparison.Ordinal);
            Assert.Matches(@"uploaded\s*│\s*8", screen);
            Assert.Equal(8, emulator.AssetCount);
        }
        finally
        {
            await TmuxAsync("kill-session", "-t", session);
        }
    }

    private static async Task<bool> TmuxExistsAsync()
    {
        try
        {
            return await TmuxAsync("-V") == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<string> CaptureAsync(string session)
    {
        var start = new ProcessStartInfo("tmux", ["capture-pane", "-p", "-t", session]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    private static async Task<int> TmuxAsync(params string[] args)
    {
        var start = new ProcessStartInfo("tmux", args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}

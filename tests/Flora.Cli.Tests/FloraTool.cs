using System.Diagnostics;
using System.Text;

namespace Flora.Cli.Tests;

/// <summary>
/// Runs the <c>flora</c> tool as a process: the installed tool named by <c>FLORA_CLI</c> (CI installs it from the
/// packed .nupkg), else the flora.dll built next to these tests.
/// </summary>
internal static class FloraTool
{
    public static string? Installed => Environment.GetEnvironmentVariable("FLORA_CLI") is { Length: > 0 } path ? path : null;

    /// <summary>The command line that starts the tool, for a shell (tmux).</summary>
    public static string ShellCommand => Installed is { } tool ? Quote(tool) : $"dotnet {Quote(Path.Combine(AppContext.BaseDirectory, "flora.dll"))}";

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = Installed is { } tool ? new ProcessStartInfo(tool) : new ProcessStartInfo("dotnet");
        if (Installed is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "flora.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory;
        start.Environment.Remove("FLORA_API_KEY");
        start.Environment.Remove("FLORA_BASE_URL");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public static async Task<ToolRun> RunAsync(IEnumerable<string> args, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(args, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"flora {string.Join(' ', args)} did not exit in time; stderr: {await stderr}");
        }

        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    public static Dictionary<string, string?> Env(Uri baseUrl, string apiKey) => new()
    {
        ["FLORA_BASE_URL"] = baseUrl.ToString(),
        ["FLORA_API_KEY"] = apiKey,
    };

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => new StringBuilder().Append("exit ").Append(ExitCode).AppendLine().AppendLine("stdout:").AppendLine(Stdout).AppendLine("stderr:").Append(Stderr).ToString();
}

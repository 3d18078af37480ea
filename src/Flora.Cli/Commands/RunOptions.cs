using System.CommandLine;

namespace Flora.Cli.Commands;

/// <summary>The options every command that starts or waits for a run shares: <c>--wait</c>, <c>--wait-timeout</c> and <c>--output</c>.</summary>
internal static class RunOptions
{
    public static Option<bool> Wait() => new("--wait") { Description = "Wait until the run ends, with progress on a terminal. Ctrl+C stops only the wait: the run goes on at FLORA (resume with 'flora runs wait <run-id>')." };

    public static Option<double> WaitTimeout() => SharedOptions.WaitTimeout(
        $"Seconds to wait for the run (default {SharedOptions.DefaultWaitSeconds:0}). When they run out, the run id is printed and flora exits {ExitCodes.NotFinished}; the run goes on at FLORA.");

    public static Option<string?> Output() => new("--output", "-o") { Description = "Write the run's outputs into this folder (implies --wait) and print their paths." };

    public static Argument<string> RunId() => new("run-id") { Description = "The run id." };
}

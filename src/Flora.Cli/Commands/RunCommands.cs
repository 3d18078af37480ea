using System.CommandLine;
using Flora.Cli.Runs;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora runs get|wait|download &lt;run-id&gt;</c>: any run, whatever started it.</summary>
internal static class RunCommands
{
    public static Command Create() => new("runs", "Show, wait for and download any run (of a technique or a generation).")
    {
        GetCommand(),
        WaitCommand(),
        DownloadCommand(),
    };

    private static Command GetCommand()
    {
        var id = RunOptions.RunId();
        var command = new Command("get", "Show a run: its status, progress, outputs and error.") { id };
        command.Aliases.Add("retrieve");
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Runs.RetrieveAsync(parse.GetValue(id)!, cancellationToken: ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command WaitCommand()
    {
        var id = RunOptions.RunId();
        var waitTimeout = RunOptions.WaitTimeout();
        var folder = RunOptions.Output();
        var command = new Command("wait", "Wait until a run ends, with progress on a terminal; a failed run exits 1 with FLORA's error code.") { id, waitTimeout, folder };
        command.SetRunnerAction(run =>
        {
            var timeout = SharedOptions.WaitTimeoutOf(run.Parse, waitTimeout);
            return RunResults.WaitAndWriteAsync(run, run.Value(id), timeout, run.Value(folder));
        });
        return command;
    }

    private static Command DownloadCommand()
    {
        var id = RunOptions.RunId();
        var folder = new Option<string>("--output", "-o") { Description = "The folder to write the outputs into (made when missing).", DefaultValueFactory = _ => "." };
        var command = new Command("download", "Write a completed run's outputs into a folder and print their paths.") { id, folder };
        command.SetRunnerAction(async run =>
        {
            var runId = run.Value(id);
            var current = await run.Client.Runs.RetrieveAsync(runId, cancellationToken: run.CancellationToken);
            if (current.Status == RunStatus.Failed)
            {
                await run.Output.Stderr.WriteLineAsync(TerminalText.Line($"error: run {runId} failed: {current.ErrorCode ?? "error"}: {current.ErrorMessage ?? "FLORA gave no message"}"));
                return ExitCodes.Failure;
            }

            if (current.Status != RunStatus.Completed)
            {
                await run.Output.Stderr.WriteLineAsync(TerminalText.Line(
                    $"run {runId} is still {current.Status} ({current.Progress:0.#}%); wait for it with: flora runs wait {runId} --output <folder>"));
                return ExitCodes.NotFinished;
            }

            return await RunResults.WriteAsync(run, current, run.Value(folder));
        });
        return command;
    }
}

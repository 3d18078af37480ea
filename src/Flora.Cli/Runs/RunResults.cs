using System.Text.Json.Nodes;
using Flora.Cli.Commands;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Runs;

/// <summary>
/// How every run command ends: the wait (with progress), the download of the outputs, the run written in the chosen
/// format, and the exit code. A failed run exits 1 with FLORA's error code and message, a wait that runs out exits
/// <see cref="ExitCodes.NotFinished"/>, and Ctrl+C stops only the wait (exit 130); each prints the run id and how to go on.
/// </summary>
internal static class RunResults
{
    /// <summary>The end of a command that started a run: the start's answer as it is, or the finished run with <c>--wait</c>.</summary>
    /// <param name="run">The command's run.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="started">What starting it answered, written when there is no wait.</param>
    /// <param name="wait">Whether to wait for the run (set by <c>--wait</c>, and by <c>--output</c>, which needs the outputs).</param>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="folder">Where to write the outputs, or null.</param>
    public static async Task<int> FinishAsync<T>(CommandRun run, string runId, T started, bool wait, TimeSpan timeout, string? folder)
    {
        if (!wait && folder is null)
        {
            run.Output.Write(started);
            return ExitCodes.Success;
        }

        return await WaitAndWriteAsync(run, runId, timeout, folder);
    }

    /// <summary>Waits for the run, downloads its outputs into <paramref name="folder"/> when given, and writes it.</summary>
    public static async Task<int> WaitAndWriteAsync(CommandRun run, string runId, TimeSpan timeout, string? folder)
    {
        var output = run.Output;
        Run finished;
        try
        {
            finished = await RunWait.WaitAsync(run, runId, timeout);
        }
        catch (FloraRunFailedException failed)
        {
            output.Write(failed.Run);
            await output.Stderr.WriteLineAsync(TerminalText.Line(
                $"error: run {failed.RunId} failed: {failed.ErrorCode ?? "error"}: {failed.RunErrorMessage ?? "FLORA gave no message"}"));
            return ExitCodes.Failure;
        }
        catch (FloraRunNotFinishedException notFinished)
        {
            await output.Stderr.WriteLineAsync(TerminalText.Line(
                $"run {notFinished.RunId} is still {notFinished.LastStatus} ({notFinished.Progress:0.#}%) after {timeout.TotalSeconds:0.#} s. " +
                $"It goes on at FLORA; wait again with: flora runs wait {notFinished.RunId}"));
            return ExitCodes.NotFinished;
        }
        catch (OperationCanceledException) when (run.CancellationToken.IsCancellationRequested)
        {
            await output.Stderr.WriteLineAsync(TerminalText.Line(
                $"Stopped waiting. Run {runId} goes on at FLORA; wait again with: flora runs wait {runId}"));
            return ExitCodes.Cancelled;
        }

        return await WriteAsync(run, finished, folder);
    }

    /// <summary>Writes the run; with a folder, downloads its outputs first and adds their paths as <c>files</c>.</summary>
    public static async Task<int> WriteAsync(CommandRun run, Run finished, string? folder)
    {
        if (folder is null)
        {
            run.Output.Write(finished);
            return ExitCodes.Success;
        }

        var paths = await run.Client.Runs.DownloadOutputsAsync(finished, folder, cancellationToken: run.CancellationToken);
        var written = CliOutput.ToNode(finished);
        written["files"] = new JsonArray([.. paths.Select(p => JsonValue.Create(p))]);
        run.Output.Write(written);
        return ExitCodes.Success;
    }
}

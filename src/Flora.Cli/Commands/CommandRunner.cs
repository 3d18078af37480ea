using System.CommandLine;
using System.CommandLine.Invocation;
using Flora.Sdk;

namespace Flora.Cli.Commands;

/// <summary>The one way a command runs: every leaf command's action is a <see cref="RunnerAction"/>, set by these methods.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/> with a client made from the global options, before the body starts.</summary>
    public static void SetClientAction(this Command command, Func<ParseResult, FloraClient, CliOutput, CancellationToken, Task<int>> body) =>
        command.SetRunnerAction(run => body(run.Parse, run.Client, run.Output, run.CancellationToken));

    /// <summary>Runs <paramref name="body"/>, which takes <see cref="CommandRun.Client"/> when it needs one (or never, as the emulator).</summary>
    public static void SetRunnerAction(this Command command, Func<CommandRun, Task<int>> body) => command.Action = new RunnerAction(body);
}

/// <summary>
/// The action of every leaf command: output from <c>--format</c>, a client from the global options, and the body's exit
/// code; what the body throws becomes one safe line on stderr and an exit code of <see cref="ExitCodes"/>.
/// </summary>
internal sealed class RunnerAction(Func<CommandRun, Task<int>> body) : AsynchronousCommandLineAction
{
    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        var output = GlobalOptions.Output(parseResult);
        using var run = new CommandRun(parseResult, output, cancellationToken);
        try
        {
            return await body(run);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.Stderr.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (ArgumentException invalid)
        {
            // The SDK, the shared options and the commands validate before sending: a bad id or option is the caller's to fix.
            output.Error(invalid);
            return ExitCodes.Usage;
        }
        catch (FloraException failed)
        {
            output.Error(failed);
            return ExitCodes.Failure;
        }
    }
}

/// <summary>One command's run: what was parsed, where it writes, its cancellation, and the client, made on first use.</summary>
internal sealed class CommandRun(ParseResult parse, CliOutput output, CancellationToken cancellationToken) : IDisposable
{
    private FloraClient? _client;

    public ParseResult Parse => parse;

    public CliOutput Output => output;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The client from the global options and environment; throws <see cref="FloraException"/> when no key is set.</summary>
    public FloraClient Client => _client ??= GlobalOptions.Client(parse);

    public T Value<T>(Option<T> option) => parse.GetValue(option)!;

    public T Value<T>(Argument<T> argument) => parse.GetValue(argument)!;

    public void Dispose() => _client?.Dispose();
}

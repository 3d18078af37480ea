using System.CommandLine;
using Flora.Sdk;

namespace Flora.Cli.Commands;

/// <summary>Runs a command's body with a client and maps what it throws to one error line and an exit code.</summary>
internal static class CommandRunner
{
    public static void SetClientAction(this Command command, Func<ParseResult, FloraClient, CliOutput, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = GlobalOptions.Output(parse);
            return await RunAsync(output, async () =>
            {
                using var client = GlobalOptions.Client(parse);
                return await body(parse, client, output, cancellationToken);
            }, cancellationToken);
        });

    public static async Task<int> RunAsync(CliOutput output, Func<Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.Stderr.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (ArgumentException invalid)
        {
            // The SDK validates before sending: a bad id or option is the caller's to fix.
            output.Error(invalid);
            return ExitCodes.Usage;
        }
        catch (FloraException failed)
        {
            output.Error(failed);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The id from <c>--asset-id</c>, or from the positional argument, as FLORA's CLI takes it.</summary>
    public static string RequiredId(ParseResult parse, Option<string?> option, Argument<string?> argument) =>
        parse.GetValue(option) ?? parse.GetValue(argument)
        ?? throw new ArgumentException($"Give the id as an argument or with {option.Name}.");
}

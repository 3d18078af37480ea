using System.CommandLine;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary>
/// <c>flora assets wait</c> and <c>flora assets upload-url</c>: the commands that wait for an asset to be ready, with
/// the same <c>--wait-timeout</c> as <c>flora assets upload --wait</c>.
/// </summary>
internal static class AssetReadyCommands
{
    /// <summary>How long a wait takes when <c>--wait-timeout</c> is not given, in seconds (the SDK's default, 2 minutes).</summary>
    public const double DefaultWaitSeconds = 120;

    public static Option<double> WaitTimeoutOption(string description) => new("--wait-timeout")
    {
        Description = description,
        DefaultValueFactory = _ => DefaultWaitSeconds,
    };

    /// <summary>The wait as a time span; an <see cref="ArgumentException"/> (exit 2, nothing sent) when it is not a number of seconds above 0.</summary>
    public static TimeSpan WaitTimeout(ParseResult parse, Option<double> option) =>
        InvalidWaitTimeout(parse.GetValue(option)) is { } invalid ? throw new ArgumentException(invalid) : TimeSpan.FromSeconds(parse.GetValue(option));

    /// <summary>Why <paramref name="seconds"/> is not a wait, or null when it is one.</summary>
    public static string? InvalidWaitTimeout(double seconds) =>
        !double.IsFinite(seconds) || seconds <= 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2 ? "--wait-timeout must be a number of seconds above 0." : null;

    public static Command WaitCommand()
    {
        var idOption = new Option<string?>("--asset-id") { Description = "The asset id (or give it as the argument)." };
        var idArgument = new Argument<string?>("asset-id") { Description = "The asset id.", Arity = ArgumentArity.ZeroOrOne };
        var timeout = WaitTimeoutOption("Seconds to wait in all (default 120). The asset still processing then exits 1 and is named; wait again, never upload it again.");
        var command = new Command("wait", "Wait until an asset is ready and show it: exit 0 when ready, 1 when it failed or is still processing after --wait-timeout.")
        {
            idOption, idArgument, timeout,
        };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var id = CommandRunner.RequiredId(parse, idOption, idArgument);
            var limit = WaitTimeout(parse, timeout);
            try
            {
                output.Write(await client.Assets.WaitForReadyAsync(id, limit, cancellationToken: ct));
                return ExitCodes.Success;
            }
            catch (FloraAssetNotReadyException notReady)
            {
                await output.Stderr.WriteLineAsync(NotReadyLine(notReady));
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>The line for a wait that ran out, in the command line's words: the asset, its status, and the command that waits again.</summary>
    public static string NotReadyLine(FloraAssetNotReadyException notReady) =>
        CliOutput.ErrorLine(new FloraException(
            $"asset '{notReady.AssetId}' is still '{notReady.LastStatus}' after {notReady.Waited.TotalSeconds:0.#} s: FLORA has it and is still processing it. " +
            $"Wait again with 'flora assets wait {notReady.AssetId}' (and a longer --wait-timeout); do not upload it again."));
}

using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora models list [--type]</c>: the models a generation can use.</summary>
internal static class ModelCommands
{
    public static Command Create() => new("models", "List the models generations can use.")
    {
        ListCommand(),
    };

    private static Command ListCommand()
    {
        var type = new Option<string?>("--type", "-t") { Description = "Only models of this type: image, video, audio or text." };
        var command = new Command("list", "List models, with their type, cost and parameters.") { type };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var models = await client.Models.ListAsync(new ModelListParams { Type = parse.GetValue(type) }, cancellationToken: ct);
            output.WriteList(models.Models);
            return ExitCodes.Success;
        });
        return command;
    }
}

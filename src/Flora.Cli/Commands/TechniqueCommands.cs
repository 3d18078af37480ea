using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora techniques list|get|run</c>: FLORA's techniques, and a run of one from files, assets, URLs or text.</summary>
internal static class TechniqueCommands
{
    public static Command Create() => new("techniques", "List and show FLORA's techniques, and run one on local files, assets, URLs or text.")
    {
        ListCommand(),
        GetCommand(),
        TechniqueRunCommand.Create(),
    };

    private static Command ListCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: false);
        var query = SharedOptions.Query();
        var pages = SharedOptions.Pages("techniques");
        var command = new Command("list", "List techniques, following every page.") { workspace, query, pages.Limit, pages.Cursor, pages.MaxItems };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var filter = new TechniqueListParams { WorkspaceId = parse.GetValue(workspace), Query = parse.GetValue(query) };
            await pages.WriteAllAsync(parse, output, (limit, cursor) => client.Techniques.ListAsync(filter with { Limit = limit, Cursor = cursor }, cancellationToken: ct), ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command GetCommand()
    {
        var id = TechniqueId();
        var command = new Command("get", "Show one technique: its inputs (the ids --input takes) and outputs.") { id };
        command.Aliases.Add("retrieve");
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Techniques.RetrieveAsync(parse.GetValue(id)!, cancellationToken: ct));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Argument<string> TechniqueId() => new("technique-id") { Description = "The technique id (tech_…, or its slug)." };
}

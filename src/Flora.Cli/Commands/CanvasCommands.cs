using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora canvases list</c>: a throwaway command that proves the "Adding a CLI command" steps.</summary>
internal static class CanvasCommands
{
    public static Command Create() => new("canvases", "Project canvases.") { ListCommand() };

    private static Command ListCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var pages = SharedOptions.Pages("canvases");
        var list = new Command("list", "List the canvases of a workspace, following every page.") { workspace, pages.Limit, pages.Cursor, pages.MaxItems };
        list.SetClientAction(async (parse, client, output, ct) =>
        {
            var filter = new ProjectListParams { WorkspaceId = parse.GetValue(workspace)! };
            await pages.WriteAllAsync(parse, output, (limit, cursor) => client.Projects.ListAsync(filter with { Limit = limit, Cursor = cursor }, cancellationToken: ct), ct);
            return ExitCodes.Success;
        });
        return list;
    }
}

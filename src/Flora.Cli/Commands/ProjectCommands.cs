using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora projects list|create|retrieve|nodes</c> and <c>flora projects assets attach</c>.</summary>
internal static class ProjectCommands
{
    public static Command Create() => new("projects", "Projects and the assets on their canvases.")
    {
        ListCommand(),
        ProjectCanvasCommands.CreateCommand(),
        ProjectCanvasCommands.RetrieveCommand(),
        ProjectCanvasCommands.NodesCommand(),
        new Command("assets", "Assets on a project.") { AttachCommand() },
    };

    private static Command ListCommand()
    {
        var workspace = AssetCommands.WorkspaceOption(required: true);
        var query = new Option<string?>("--query") { Description = "Search text." };
        var limit = new Option<int?>("--limit") { Description = "Page size." };
        var cursor = new Option<string?>("--cursor") { Description = "Start from this page cursor." };
        var maxItems = AssetCommands.MaxItemsOption("projects");
        var list = new Command("list", "List the projects of a workspace, following every page.") { workspace, query, limit, cursor, maxItems };
        list.SetClientAction(async (parse, client, output, ct) =>
        {
            var pages = client.Projects.ListAsync(
                new ProjectListParams
                {
                    WorkspaceId = parse.GetValue(workspace)!,
                    Query = parse.GetValue(query),
                    Limit = parse.GetValue(limit),
                    Cursor = parse.GetValue(cursor),
                },
                cancellationToken: ct);
            await output.WriteAllAsync(pages, parse.GetValue(maxItems), ct);
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command AttachCommand()
    {
        var project = AssetCommands.ProjectOption(required: true);
        var assetOption = new Option<string?>("--asset-id") { Description = "The asset id (or give it as the argument)." };
        var assetArgument = new Argument<string?>("asset-id") { Description = "The asset id.", Arity = ArgumentArity.ZeroOrOne };
        var attach = new Command("attach", "Place a ready asset on a project's canvas.") { project, assetOption, assetArgument };
        attach.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Projects.AttachAssetAsync(parse.GetValue(project)!, CommandRunner.RequiredId(parse, assetOption, assetArgument), cancellationToken: ct));
            return ExitCodes.Success;
        });
        return attach;
    }
}

using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora projects create</c>, <c>flora projects retrieve</c> and <c>flora projects nodes</c>.</summary>
internal static class ProjectCanvasCommands
{
    public static Command CreateCommand()
    {
        var workspace = AssetCommands.WorkspaceOption(required: true);
        var name = new Option<string?>("--name", "-n") { Description = "The project's name.", Required = true };
        var create = new Command("create", "Create a project in a workspace.") { workspace, name };
        create.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Projects.CreateAsync(
                new ProjectCreateParams { Name = parse.GetValue(name)!, WorkspaceId = parse.GetValue(workspace)! }, cancellationToken: ct));
            return ExitCodes.Success;
        });
        return create;
    }

    public static Command RetrieveCommand()
    {
        var (option, argument) = ProjectId();
        var retrieve = new Command("retrieve", "Get one project.") { option, argument };
        retrieve.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Projects.RetrieveAsync(CommandRunner.RequiredId(parse, option, argument), cancellationToken: ct));
            return ExitCodes.Success;
        });
        return retrieve;
    }

    public static Command NodesCommand()
    {
        var (option, argument) = ProjectId();
        var limit = new Option<int?>("--limit") { Description = "Page size, 1 to 100." };
        var cursor = new Option<string?>("--cursor") { Description = "Start from this page cursor." };
        var maxItems = AssetCommands.MaxItemsOption("nodes");
        var nodes = new Command("nodes", "List the media nodes on a project's canvas, following every page.") { option, argument, limit, cursor, maxItems };
        nodes.SetClientAction(async (parse, client, output, ct) =>
        {
            var pages = client.Projects.ListNodesAsync(
                CommandRunner.RequiredId(parse, option, argument),
                new ProjectListNodesParams { Limit = parse.GetValue(limit), Cursor = parse.GetValue(cursor) },
                cancellationToken: ct);
            await output.WriteAllAsync(pages, parse.GetValue(maxItems), ct);
            return ExitCodes.Success;
        });
        return nodes;
    }

    private static (Option<string?> Option, Argument<string?> Argument) ProjectId() =>
        (AssetCommands.ProjectOption(required: false),
         new Argument<string?>("project-id") { Description = "The project id (prj_…).", Arity = ArgumentArity.ZeroOrOne });
}

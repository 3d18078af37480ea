using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora projects list|create|retrieve|nodes|graph|run-nodes</c>, <c>flora projects assets attach</c> and <c>flora projects canvas get|update</c>.</summary>
internal static class ProjectCommands
{
    public static Command Create() => new("projects", "Projects and the assets on their canvases.")
    {
        ListCommand(),
        CreateCommand(),
        RetrieveCommand(),
        NodesCommand(),
        new Command("assets", "Assets on a project.") { AttachCommand() },
        ProjectCanvasCommands.CanvasCommand(),
        ProjectCanvasCommands.GraphCommand(),
        ProjectCanvasCommands.RunNodesCommand(),
    };

    private static Command ListCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var query = SharedOptions.Query();
        var pages = SharedOptions.Pages("projects");
        var list = new Command("list", "List the projects of a workspace, following every page.") { workspace, query, pages.Limit, pages.Cursor, pages.MaxItems };
        list.SetClientAction(async (parse, client, output, ct) =>
        {
            var filter = new ProjectListParams { WorkspaceId = parse.GetValue(workspace)!, Query = parse.GetValue(query) };
            await pages.WriteAllAsync(parse, output, (limit, cursor) => client.Projects.ListAsync(filter with { Limit = limit, Cursor = cursor }, cancellationToken: ct), ct);
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command CreateCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
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

    private static Command RetrieveCommand()
    {
        var id = SharedOptions.ProjectIdInput();
        var retrieve = new Command("retrieve", "Get one project.") { id.Option, id.Argument };
        retrieve.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Projects.RetrieveAsync(id.Value(parse), cancellationToken: ct));
            return ExitCodes.Success;
        });
        return retrieve;
    }

    private static Command NodesCommand()
    {
        var id = SharedOptions.ProjectIdInput();
        var pages = SharedOptions.Pages("nodes");
        var nodes = new Command("nodes", "List the media nodes on a project's canvas, following every page.") { id.Option, id.Argument, pages.Limit, pages.Cursor, pages.MaxItems };
        nodes.SetClientAction(async (parse, client, output, ct) =>
        {
            var projectId = id.Value(parse);
            await pages.WriteAllAsync(parse, output, (limit, cursor) => client.Projects.ListNodesAsync(projectId, new ProjectListNodesParams { Limit = limit, Cursor = cursor }, cancellationToken: ct), ct);
            return ExitCodes.Success;
        });
        return nodes;
    }

    private static Command AttachCommand()
    {
        var project = SharedOptions.ProjectId(required: true);
        var asset = SharedOptions.AssetId();
        var attach = new Command("attach", "Place a ready asset on a project's canvas.") { project, asset.Option, asset.Argument };
        attach.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Projects.AttachAssetAsync(parse.GetValue(project)!, asset.Value(parse), cancellationToken: ct));
            return ExitCodes.Success;
        });
        return attach;
    }
}

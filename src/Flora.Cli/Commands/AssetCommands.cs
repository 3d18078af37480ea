using System.CommandLine;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora assets …</c>: the REST endpoints with FLORA's CLI flag names, and <c>upload</c>.</summary>
internal static class AssetCommands
{
    public static Command Create() => new("assets", "Create, upload, download, list, retrieve, wait for, complete and retry media assets.")
    {
        UploadCommand.Create(),
        AssetReadyCommands.UploadUrlCommand(),
        DownloadCommand.Create(),
        CreateCommand(),
        AssetReadyCommands.WaitCommand(),
        IdCommand("retrieve", "Show one asset.", [], (assets, id, ct) => Boxed(assets.RetrieveAsync(id, cancellationToken: ct))),
        ListCommand(),
        IdCommand("complete", "Mark a signed upload complete after its bytes were uploaded.", ["complete-upload"], (assets, id, ct) => Boxed(assets.CompleteAsync(id, cancellationToken: ct))),
        IdCommand("retry", "Get fresh upload instructions for a failed or expired upload.", ["retry-upload"], (assets, id, ct) => Boxed(assets.RetryAsync(id, cancellationToken: ct))),
    };

    private static Command CreateCommand()
    {
        var source = new Option<string>("--source") { Description = "'signed-url' to reserve an upload, or an https URL FLORA fetches.", Required = true };
        var workspace = WorkspaceOption(required: true);
        var fileName = new Option<string?>("--file-name") { Description = "The asset's file name." };
        var folder = FolderOption();
        var contentType = new Option<string?>("--content-type") { Description = "The asset's content type, for example image/png." };
        var project = ProjectOption(required: false);
        project.Description = "Also place the asset on this project's canvas (prj_…).";
        var command = new Command("create", "Create an asset from a URL, or reserve a signed upload.") { source, workspace, fileName, folder, contentType, project };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var asset = await client.Assets.CreateAsync(
                new AssetCreateParams
                {
                    Source = parse.GetValue(source)!,
                    WorkspaceId = parse.GetValue(workspace)!,
                    FileName = parse.GetValue(fileName),
                    Folder = parse.GetValue(folder),
                    ContentType = parse.GetValue(contentType),
                    ProjectId = parse.GetValue(project),
                },
                cancellationToken: ct);
            output.Write(asset);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListCommand()
    {
        var workspace = WorkspaceOption(required: false);
        var project = ProjectOption(required: false);
        var query = new Option<string?>("--query") { Description = "Search text." };
        var cursor = new Option<string?>("--cursor") { Description = "Start from this page cursor." };
        var limit = new Option<int?>("--limit") { Description = "Page size, 1 to 100." };
        var maxItems = MaxItemsOption("assets");
        var command = new Command("list", "List assets, following every page.") { workspace, project, query, cursor, limit, maxItems };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var pages = client.Assets.ListAsync(
                new AssetListParams
                {
                    WorkspaceId = parse.GetValue(workspace),
                    ProjectId = parse.GetValue(project),
                    Query = parse.GetValue(query),
                    Cursor = parse.GetValue(cursor),
                    Limit = parse.GetValue(limit),
                },
                cancellationToken: ct);
            await output.WriteAllAsync(pages, parse.GetValue(maxItems), ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command IdCommand(string name, string description, string[] aliases, Func<IAssetService, string, CancellationToken, Task<object>> call)
    {
        var idOption = new Option<string?>("--asset-id") { Description = "The asset id (or give it as the argument)." };
        var idArgument = new Argument<string?>("asset-id") { Description = "The asset id.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command(name, description) { idOption, idArgument };
        foreach (var alias in aliases)
        {
            command.Aliases.Add(alias);
        }

        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await call(client.Assets, CommandRunner.RequiredId(parse, idOption, idArgument), ct));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Option<string?> WorkspaceOption(bool required) =>
        new("--workspace-id", "-w") { Description = "The workspace id (ws_…).", Required = required };

    public static Option<string?> ProjectOption(bool required) =>
        new("--project-id", "-p") { Description = "The project id (prj_…).", Required = required };

    public static Option<int?> MaxItemsOption(string what) =>
        new("--max-items") { Description = $"Stop after this many {what} (default: all)." };

    public static Option<string?> FolderOption() =>
        new("--folder", "-f") { Description = "The destination folder in FLORA." };

    private static async Task<object> Boxed<T>(Task<T> call)
        where T : notnull => await call;
}

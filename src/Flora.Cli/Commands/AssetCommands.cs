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
        var workspace = SharedOptions.WorkspaceId(required: true);
        var fileName = SharedOptions.FileName("The asset's file name.");
        var folder = SharedOptions.Folder();
        var contentType = SharedOptions.ContentType("The asset's content type, for example image/png.");
        var project = SharedOptions.ProjectId(required: false, "Also place the asset on this project's canvas (prj_…).");
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
        var workspace = SharedOptions.WorkspaceId(required: false);
        var project = SharedOptions.ProjectId(required: false);
        var query = SharedOptions.Query();
        var pages = SharedOptions.Pages("assets");
        var command = new Command("list", "List assets, following every page.") { workspace, project, query, pages.Limit, pages.Cursor, pages.MaxItems };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            var filter = new AssetListParams { WorkspaceId = parse.GetValue(workspace), ProjectId = parse.GetValue(project), Query = parse.GetValue(query) };
            await pages.WriteAllAsync(parse, output, (limit, cursor) => client.Assets.ListAsync(filter with { Limit = limit, Cursor = cursor }, cancellationToken: ct), ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command IdCommand(string name, string description, string[] aliases, Func<IAssetService, string, CancellationToken, Task<object>> call)
    {
        var id = SharedOptions.AssetId();
        var command = new Command(name, description) { id.Option, id.Argument };
        foreach (var alias in aliases)
        {
            command.Aliases.Add(alias);
        }

        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await call(client.Assets, id.Value(parse), ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<object> Boxed<T>(Task<T> call)
        where T : notnull => await call;
}

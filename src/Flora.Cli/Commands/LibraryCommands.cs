using System.CommandLine;
using Flora.Sdk.Models;

namespace Flora.Cli.Commands;

/// <summary><c>flora library folders create|delete|add</c>: a workspace's library folders and what is saved in them.</summary>
internal static class LibraryCommands
{
    public static Command Create() => new("library", "A workspace's library.")
    {
        new Command("folders", "Folders of a workspace's library.") { CreateCommand(), DeleteCommand(), AddCommand() },
    };

    private static Command CreateCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var name = new Option<string?>("--name", "-n") { Description = "The folder's name.", Required = true };
        var command = new Command("create", "Create a folder in a workspace's library.") { workspace, name };
        command.SetRunnerAction(async run =>
        {
            var folderName = run.Value(name);
            if (string.IsNullOrWhiteSpace(folderName))
            {
                throw new ArgumentException("The folder name is empty.");
            }

            run.Output.Write(await run.Client.Workspaces.Library.Folders.CreateAsync(
                run.Value(workspace)!, new LibraryFolderCreateParams { Name = folderName }, cancellationToken: run.CancellationToken));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DeleteCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var folder = FolderId();
        var command = new Command("delete", "Delete a folder of a workspace's library.") { workspace, folder };
        command.SetClientAction(async (parse, client, output, ct) =>
        {
            output.Write(await client.Workspaces.Library.Folders.DeleteAsync(parse.GetValue(workspace)!, parse.GetValue(folder)!, cancellationToken: ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command AddCommand()
    {
        var workspace = SharedOptions.WorkspaceId(required: true);
        var folder = FolderId();
        var url = new Option<string?>("--url") { Description = "The public https URL of an image to save (FLORA fetches it)." };
        var text = new Option<string?>("--text") { Description = "A text to save." };
        var description = new Option<string?>("--description") { Description = "A caption for the saved item." };
        var command = new Command("add", "Save an image (--url) or a text (--text) in a library folder.") { workspace, folder, url, text, description };
        command.SetRunnerAction(async run =>
        {
            var source = run.Value(url);
            var saved = run.Value(text);
            if ((source is null) == (saved is null))
            {
                throw new ArgumentException("Give exactly one of --url or --text.");
            }

            if (source is not null && !(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"--url '{source}' is not an https URL.");
            }

            if (saved is not null && string.IsNullOrWhiteSpace(saved))
            {
                throw new ArgumentException("--text is empty.");
            }

            var item = source is not null
                ? new LibraryFolderAddItemParams { Type = "image", Source = source, Description = run.Value(description) }
                : new LibraryFolderAddItemParams { Type = "text", Text = saved, Description = run.Value(description) };
            run.Output.Write(await run.Client.Workspaces.Library.Folders.AddItemAsync(
                run.Value(workspace)!, run.Value(folder), item, cancellationToken: run.CancellationToken));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Argument<string> FolderId() => new("folder-id") { Description = "The library folder id." };
}

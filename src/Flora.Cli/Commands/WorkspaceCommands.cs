using System.CommandLine;

namespace Flora.Cli.Commands;

/// <summary><c>flora workspaces list</c>: where the <c>ws_</c> ids come from.</summary>
internal static class WorkspaceCommands
{
    public static Command Create()
    {
        var list = new Command("list", "List the workspaces this key can use.");
        list.SetClientAction(async (parse, client, output, ct) =>
        {
            output.WriteList((await client.Workspaces.ListAsync(cancellationToken: ct)).Workspaces);
            return ExitCodes.Success;
        });
        return new Command("workspaces", "Workspaces.") { list };
    }
}

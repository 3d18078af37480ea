using System.CommandLine;
using Flora.Sdk;

namespace Flora.Cli.Commands;

/// <summary><c>flora workspaces list</c>: where the <c>ws_</c> ids come from.</summary>
internal static class WorkspaceCommands
{
    public static Command Create()
    {
        var list = new Command("list", "List the workspaces this key can use.");
        list.SetAction((parse, ct) => CommandRunner.RunAsync(GlobalOptions.Output(parse), async () =>
        {
            var items = await DiscoveryRequest.GetAsync(GlobalOptions.ClientOptions(parse), "workspaces", "workspaces", ct);
            GlobalOptions.Output(parse).WriteList(items.EnumerateArray().ToList());
            return ExitCodes.Success;
        }, ct));
        return new Command("workspaces", "Workspaces.") { list };
    }
}

using System.CommandLine;
using Flora.Cli.Commands;

namespace Flora.Cli.Tests;

/// <summary>The shape of the command tree: every command that runs goes through <see cref="CommandRunner"/>.</summary>
public sealed class CommandTreeTests
{
    [Fact]
    public void EveryLeafCommand_ActionIsTheRunnersAction()
    {
        var leaves = Leaves(FloraCli.CreateRoot(), "flora").ToList();

        var outside = leaves.Where(l => l.Command.Action is not RunnerAction).Select(l => l.Path).ToList();

        Assert.True(leaves.Count >= 18, $"only {leaves.Count} leaf commands found");
        Assert.True(outside.Count == 0, "these commands skip CommandRunner (set their action with SetClientAction or SetRunnerAction): " + string.Join(", ", outside));
    }

    [Fact]
    public void EveryGroupCommand_HasNoActionOfItsOwn()
    {
        var groups = Groups(FloraCli.CreateRoot(), "flora").Where(g => g.Command.Action is not null && g.Command is not RootCommand).Select(g => g.Path).ToList();

        Assert.True(groups.Count == 0, "these command groups run something themselves: " + string.Join(", ", groups));
    }

    private static IEnumerable<(Command Command, string Path)> Leaves(Command command, string path) =>
        command.Subcommands.Count == 0 ? [(command, path)] : command.Subcommands.SelectMany(c => Leaves(c, path + " " + c.Name));

    private static IEnumerable<(Command Command, string Path)> Groups(Command command, string path) =>
        command.Subcommands.Count == 0 ? [] : command.Subcommands.SelectMany(c => Groups(c, path + " " + c.Name)).Prepend((command, path));
}

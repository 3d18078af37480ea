#if NET
// A rule about the source tree: one runtime checks it (the net472 leg of Flora.Sdk.Tests.NetStandard compiles without it).
using System.Globalization;
using System.Text;
using Flora.Sdk.Tests.Architecture;
using Xunit.Abstractions;

namespace Flora.Sdk.Tests;

/// <summary>
/// Flora.Sdk's folders, as the compiler resolves their names (<see cref="SourceDependencies"/>), use each other without a
/// cycle of any length, the root folder included, and docs/ARCHITECTURE.md's "Uses" table is what the code does.
/// </summary>
public sealed partial class ArchitectureTests(ITestOutputHelper output)
{
    private const string TableBegin = "<!-- uses:begin -->";
    private const string TableEnd = "<!-- uses:end -->";

    // One compilation for the tests of this class (a few seconds), whichever runs first.
    private static readonly Lazy<SourceDependencies> s_dependencies = new(() => SourceDependencies.Read(s_sdkRoot, SourceFiles()));

    [Fact]
    public void SourceCompilation_ResolvesEveryName()
    {
        var dependencies = s_dependencies.Value;

        Assert.True(dependencies.Errors.Count == 0, "src/Flora.Sdk does not compile as the test builds it, so not every name was resolved:"
            + Environment.NewLine + string.Join(Environment.NewLine, dependencies.Errors.Take(20)));
        Assert.True(dependencies.Edges.Count > 20, "the compilation found almost no dependencies: it is not reading src/Flora.Sdk");
    }

    [Fact]
    public void Folders_UseEachOtherWithoutCycles()
    {
        var dependencies = s_dependencies.Value;

        var cycles = FolderCycles.Groups(dependencies.Folders, dependencies.Edges)
            .Select(group => FolderCycles.Describe(group, dependencies.Edges))
            .ToList();

        Assert.True(cycles.Count == 0, $"{cycles.Count} cycle(s) between the folders of src/Flora.Sdk (a folder must not use, directly or"
            + " through others, a folder that uses it; break each by moving the shared type to a folder both use):"
            + Environment.NewLine + string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void ArchitectureDoc_UsesTable_IsWhatTheCodeDoes()
    {
        var dependencies = s_dependencies.Value;
        var docPath = Path.Combine(s_sdkRoot, "..", "..", "docs", "ARCHITECTURE.md");
        var doc = File.ReadAllText(docPath).ReplaceLineEndings("\n");
        var begin = doc.IndexOf(TableBegin, StringComparison.Ordinal);
        var end = doc.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/ARCHITECTURE.md has no {TableBegin} ... {TableEnd} region for the Uses table.");

        var table = UsesTable(dependencies);
        var current = doc[(begin + TableBegin.Length)..end];
        if (current == table)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("FLORA_UPDATE_ARCHITECTURE") == "1")
        {
            File.WriteAllText(docPath, doc[..(begin + TableBegin.Length)] + table + doc[end..]);
            output.WriteLine("docs/ARCHITECTURE.md: the Uses table was rewritten.");
            return;
        }

        Assert.Fail("docs/ARCHITECTURE.md's Uses table is not what the code does. Paste this between the markers"
            + " (or run the test with FLORA_UPDATE_ARCHITECTURE=1):" + Environment.NewLine + table);
    }

    /// <summary>The table between the markers: one row per folder, sorted, with the folders it uses, sorted.</summary>
    private static string UsesTable(SourceDependencies dependencies)
    {
        var table = new StringBuilder("\n| Folder | Uses |\n|---|---|\n");
        foreach (var folder in dependencies.Folders)
        {
            var uses = dependencies.Edges.Keys.Where(edge => edge.From == folder).Select(edge => edge.To).Order(StringComparer.Ordinal);
            var cells = string.Join(", ", uses.Select(Cell));
            table.Append(CultureInfo.InvariantCulture, $"| {Cell(folder)} |{(cells.Length == 0 ? string.Empty : " " + cells + " ")}|\n");
        }

        return table.ToString();
    }

    private static string Cell(string folder) => folder.Length == 0 ? "root" : $"`{FolderCycles.Name(folder)}`";
}
#endif

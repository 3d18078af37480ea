#if NET
// A rule about the source tree: one runtime checks it (the net472 leg of Flora.Sdk.Tests.NetStandard compiles without it).

namespace Flora.Sdk.Tests;

/// <summary>
/// Rules about how src/ is laid out, read from its source: Flora.Sdk's folders use each other without a cycle, as
/// docs/ARCHITECTURE.md says (ArchitectureTests.Dependencies.cs), and no file in src/ grows past the size a reader
/// takes in at once.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const int MaxLinesPerFile = 250;

    private static readonly string s_sdkRoot = FindSdkRoot();

    [Fact]
    public void SourceFiles_InEverySrcProject_AreAtMost250Lines()
    {
        var src = Path.GetDirectoryName(s_sdkRoot)!;
        var tooLong = SourceFiles(src)
            .Select(path => (Path: Path.GetRelativePath(src, path), Lines: File.ReadAllLines(path).Length))
            .Where(file => file.Lines > MaxLinesPerFile)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.Empty(tooLong);
    }

    [Fact]
    public void BatchFolder_ReachesTheAssetServiceOnlyThroughInterfaces()
    {
        // A batch runs over any IAssetService (a user's fake too): it never casts to the client's concrete service.
        var named = SourceFiles(Path.Combine(s_sdkRoot, "Batch"))
            .Where(path => AssetServiceName().IsMatch(LineComment().Replace(File.ReadAllText(path), string.Empty)))
            .Select(path => Path.GetRelativePath(s_sdkRoot, path))
            .ToList();

        Assert.Empty(named);
    }

    private static IEnumerable<string> SourceFiles(string? root = null) =>
        Directory.EnumerateFiles(root ?? s_sdkRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindSdkRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Flora.Sdk");
            if (File.Exists(Path.Combine(candidate, "Flora.Sdk.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/Flora.Sdk was not found above the test's output folder.");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])AssetService\b")]
    private static partial System.Text.RegularExpressions.Regex AssetServiceName();

    [System.Text.RegularExpressions.GeneratedRegex(@"//.*")]
    private static partial System.Text.RegularExpressions.Regex LineComment();
}
#endif

#if NET
// A rule about the source tree: one runtime checks it (the net472 leg of Flora.Sdk.Tests.NetStandard compiles without it).
using System.Text.RegularExpressions;

namespace Flora.Sdk.Tests;

/// <summary>
/// Rules about how src/ is laid out, read from its source: dependencies between Flora.Sdk's folders go one way, and no
/// file in src/ grows past the size a reader takes in at once.
/// </summary>
public partial class ArchitectureTests
{
    private const int MaxLinesPerFile = 250;

    private static readonly string s_sdkRoot = FindSdkRoot();

    [Fact]
    public void Folders_NeverDependOnEachOther()
    {
        var files = SourceFiles().Select(path => (Folder: FolderOf(path), Path: path, Code: WithoutComments(File.ReadAllText(path)))).ToList();
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match declaration in Declaration().Matches(file.Code))
            {
                if (!declaredIn.TryGetValue(declaration.Groups[1].Value, out var folders))
                {
                    declaredIn[declaration.Groups[1].Value] = folders = [];
                }

                folders.Add(file.Folder);
            }
        }

        // Folder -> folder it uses -> one example (type and file), for the failure message.
        var uses = new Dictionary<(string From, string To), string>();
        foreach (var file in files.Where(f => f.Folder.Length > 0))
        {
            foreach (var name in Identifier().Matches(file.Code).Select(m => m.Value).Distinct())
            {
                foreach (var folder in declaredIn.GetValueOrDefault(name) ?? [])
                {
                    if (folder.Length > 0 && folder != file.Folder)
                    {
                        uses.TryAdd((file.Folder, folder), $"{name} in {Path.GetRelativePath(s_sdkRoot, file.Path)}");
                    }
                }
            }
        }

        var cycles = uses.Keys
            .Where(edge => string.CompareOrdinal(edge.From, edge.To) < 0 && uses.ContainsKey((edge.To, edge.From)))
            .Select(edge => $"{edge.From} -> {edge.To} ({uses[edge]}) and {edge.To} -> {edge.From} ({uses[(edge.To, edge.From)]})")
            .ToList();

        Assert.True(uses.Count > 10, "the source scan found almost no dependencies: it is not reading src/Flora.Sdk");
        Assert.Empty(cycles);
    }

    [Fact]
    public void BatchFolder_ReachesTheAssetServiceOnlyThroughInterfaces()
    {
        // A batch runs over any IAssetService (a user's fake too): it never casts to the client's concrete service.
        var named = SourceFiles(Path.Combine(s_sdkRoot, "Batch"))
            .Where(path => AssetServiceName().IsMatch(WithoutComments(File.ReadAllText(path))))
            .Select(path => Path.GetRelativePath(s_sdkRoot, path))
            .ToList();

        Assert.Empty(named);
    }

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

    /// <summary>The first folder below src/Flora.Sdk, or "" for the root (the composition root and the few public types every layer uses).</summary>
    private static string FolderOf(string path)
    {
        var relative = Path.GetRelativePath(s_sdkRoot, path).Replace('\\', '/');
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : relative[..slash];
    }

    private static IEnumerable<string> SourceFiles(string? root = null) =>
        Directory.EnumerateFiles(root ?? s_sdkRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string WithoutComments(string code) => LineComment().Replace(code, string.Empty);

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

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:class\s+|struct\s+)?([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<![\w.])AssetService\b")]
    private static partial Regex AssetServiceName();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();
}
#endif

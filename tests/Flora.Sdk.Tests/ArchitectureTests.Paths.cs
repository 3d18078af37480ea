#if NET
// A rule about the source tree: one runtime checks it (the net472 leg of Flora.Sdk.Tests.NetStandard compiles without it).
using System.Text.RegularExpressions;

namespace Flora.Sdk.Tests;

/// <summary>
/// The claims docs/ARCHITECTURE.md makes about paths through the code, checked against the compiler's view of it: where
/// requests go out, and the files one Retrieve call passes through.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const string PathBegin = "<!-- retrieve-path:begin -->";
    private const string PathEnd = "<!-- retrieve-path:end -->";
    private const int MaxPathFiles = 12;
    private const int MaxReturns = 3;

    [Fact]
    public void Requests_GoOutOnlyThroughTheSendLoop()
    {
        // The send loop; under it, only handlers that pass one request on: a download's redirects, the DI factory's handler.
        string[] allowed = ["DependencyInjection/FactoryHandler.cs", "Downloads/DownloadRedirects.cs", "Transport/ApiTransport.cs"];

        Assert.Equal(allowed, s_dependencies.Value.Sends);
    }

    [Fact]
    public void ArchitectureDoc_RetrievePath_IsAtMost12FilesEachReachedFromAboveWithFewReturns()
    {
        var files = RetrievePath();
        var edges = s_dependencies.Value.FileEdges;

        Assert.InRange(files.Count, 5, MaxPathFiles);
        Assert.All(files, file => Assert.True(File.Exists(Path.Combine(s_sdkRoot, file)), $"{file} is listed but does not exist"));
        for (var i = 1; i < files.Count; i++)
        {
            var reached = files.Take(i).Any(above => edges.Contains((above, files[i])));
            Assert.True(reached, $"{files[i]} (step {i + 1}) is not used by any file listed above it: the path as written is not the code's");
        }

        // A return: a file further down the path using one above it again (a callback, or a type read back).
        var returns = files.SelectMany((file, i) => files.Take(i).Where(above => edges.Contains((file, above))).Select(above => $"{file} -> {above}")).ToList();
        output.WriteLine($"{files.Count} files, {returns.Count} return(s): {string.Join(", ", returns)}");
        Assert.True(returns.Count <= MaxReturns, $"{returns.Count} returns (at most {MaxReturns}): {string.Join(", ", returns)}");
        Assert.Contains($"{files.Count} files", Region(PathBegin, PathEnd), StringComparison.Ordinal);
        Assert.Contains($"{returns.Count} return", Region(PathBegin, PathEnd), StringComparison.Ordinal);
    }

    /// <summary>The numbered list's files, in order: each step starts with the file's path in backticks.</summary>
    private static List<string> RetrievePath() =>
        [.. PathStep().Matches(Region(PathBegin, PathEnd)).Select(match => match.Groups[1].Value)];

    private static string Region(string begin, string end)
    {
        var doc = File.ReadAllText(Path.Combine(s_sdkRoot, "..", "..", "docs", "ARCHITECTURE.md")).ReplaceLineEndings("\n");
        var from = doc.IndexOf(begin, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"docs/ARCHITECTURE.md has no {begin} ... {end} region.");
        return doc[(from + begin.Length)..to];
    }

    [GeneratedRegex(@"^\d+\. `([^`]+\.cs)`", RegexOptions.Multiline)]
    private static partial Regex PathStep();
}
#endif

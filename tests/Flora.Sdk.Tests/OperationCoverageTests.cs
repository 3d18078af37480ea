#if NET
// A rule about the repository's documents: one runtime checks it (the net472 leg compiles without it).
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Flora.Sdk.Tests;

/// <summary>
/// docs/flora-operations.json lists every operation of FLORA's TypeScript SDK 0.11.0 with the Flora.Sdk call for it
/// (tests/Interop/operations.test.mjs checks the list against the package itself). Here: each listed call exists on the
/// public surface, and README's coverage table is that list, row for row. <c>FLORA_UPDATE_OPERATIONS=1</c> rewrites
/// the table from the list.
/// </summary>
public sealed class OperationCoverageTests
{
    private const string TableBegin = "<!-- operations:begin -->";
    private const string TableEnd = "<!-- operations:end -->";

    private static readonly string s_repoRoot = FindRepoRoot();

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in ReadOperations())
        {
            data.Add(operation.Ts, operation.DotNet);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void ListedOperation_HasItsDotNetCall(string floraOperation, string dotNetCall)
    {
        var segments = dotNetCall.Split('.');
        var owner = typeof(IFloraClient).GetProperty(segments[0]) is null
            ? typeof(FloraClient).Assembly.GetType("Flora.Sdk." + segments[0])
            : typeof(IFloraClient);
        Assert.True(owner is not null, $"{floraOperation}: '{segments[0]}' is neither an IFloraClient property nor a Flora.Sdk type");

        var start = owner == typeof(IFloraClient) ? 0 : 1;
        for (var i = start; i < segments.Length - 1; i++)
        {
            var property = owner!.GetProperty(segments[i]);
            Assert.True(property is not null, $"{floraOperation}: {owner.Name} has no property '{segments[i]}' (for {dotNetCall})");
            owner = property!.PropertyType;
        }

        var methods = owner!.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(m => m.Name == segments[^1]);
        Assert.True(methods.Any(), $"{floraOperation}: {owner.Name} has no method '{segments[^1]}' (for {dotNetCall})");
    }

    [Fact]
    public void Readme_CoverageTable_IsTheListedOperations()
    {
        var readmePath = Path.Combine(s_repoRoot, "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var from = readme.IndexOf(TableBegin, StringComparison.Ordinal);
        var to = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md has no {TableBegin} ... {TableEnd} region.");

        var expected = "\n" + Table() + "\n";
        var actual = readme[(from + TableBegin.Length)..to];
        if (actual != expected && Environment.GetEnvironmentVariable("FLORA_UPDATE_OPERATIONS") == "1")
        {
            File.WriteAllText(readmePath, readme[..(from + TableBegin.Length)] + expected + readme[to..]);
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static string Table()
    {
        var table = new StringBuilder("| FLORA's SDK | HTTP | Flora.Sdk |\n|---|---|---|\n");
        foreach (var operation in ReadOperations())
        {
            var call = operation.DotNet.StartsWith("FloraWebhooks.", StringComparison.Ordinal) ? operation.DotNet : "client." + operation.DotNet;
            table.Append(CultureInfo.InvariantCulture, $"| `{operation.Ts}` | {operation.Http} | `{call}` |\n");
        }

        return table.ToString().TrimEnd('\n');
    }

    private static IReadOnlyList<(string Ts, string Http, string DotNet)> ReadOperations()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_repoRoot, "docs", "flora-operations.json")));
        return document.RootElement.GetProperty("operations").EnumerateArray()
            .Select(o => (o.GetProperty("ts").GetString()!, o.GetProperty("http").GetString()!, o.GetProperty("dotnet").GetString()!))
            .ToList();
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "docs", "flora-operations.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("docs/flora-operations.json was not found above the test's output folder.");
    }
}
#endif

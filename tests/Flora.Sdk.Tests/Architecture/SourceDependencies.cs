#if NET
// A rule about the source tree: one runtime checks it (the net472 leg of Flora.Sdk.Tests.NetStandard compiles without it).
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Flora.Sdk.Tests.Architecture;

/// <summary>
/// Which folder of src/Flora.Sdk uses which, as the compiler sees it: the source is compiled with Roslyn (with the
/// preprocessor symbols of the .NET target the running runtime loads, and the source generators Flora.Sdk's build runs),
/// every name in it is resolved by the semantic model, and a name whose symbol is declared in another folder's file is an
/// edge from the using file's folder to the declaring file's folder. A folder is a file's directory below src/Flora.Sdk
/// ("" is the root), and a subfolder is a folder of its own, apart from its parent.
/// </summary>
internal sealed class SourceDependencies
{
    private SourceDependencies(
        IReadOnlyList<string> folders,
        IReadOnlyDictionary<(string From, string To), string> edges,
        IReadOnlySet<(string From, string To)> fileEdges,
        IReadOnlyList<string> sends,
        IReadOnlyList<string> errors)
    {
        Folders = folders;
        Edges = edges;
        FileEdges = fileEdges;
        Sends = sends;
        Errors = errors;
    }

    /// <summary>Every folder that holds a source file, sorted (the root, "", first).</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Folder -> folder it uses, with one example: the name and the file that uses it.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges { get; }

    /// <summary>File -> file it uses (paths relative to src/Flora.Sdk, with '/'), as for folders.</summary>
    public IReadOnlySet<(string From, string To)> FileEdges { get; }

    /// <summary>The files that call <c>SendAsync</c> of an <see cref="HttpMessageInvoker"/> (an <see cref="HttpClient"/> too): the places a request goes out.</summary>
    public IReadOnlyList<string> Sends { get; }

    /// <summary>The compilation's errors: none, or the names were not all resolved and the edges are incomplete.</summary>
    public IReadOnlyList<string> Errors { get; }

    public static SourceDependencies Read(string sdkRoot, IEnumerable<string> sourceFiles)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, preprocessorSymbols: PreprocessorSymbols());
        var folderOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>();
        foreach (var path in sourceFiles)
        {
            trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path));
            var directory = Path.GetRelativePath(sdkRoot, Path.GetDirectoryName(path)!).Replace('\\', '/');
            folderOf[path] = directory == "." ? string.Empty : directory;
        }

        // The implicit usings of Microsoft.NET.Sdk (Directory.Build.props turns them on).
        trees.Add(CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq;"
            + " global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            parseOptions,
            "ImplicitUsings.g.cs"));

        var compilation = CSharpCompilation.Create(
            "Flora.Sdk",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(SourceGenerators().ToArray()).WithUpdatedParseOptions(parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        // The parse errors, and below every name the semantic model resolves to nothing: cheaper than compiling every
        // method body again for GetDiagnostics, and what matters here.
        var errors = generated.SyntaxTrees.SelectMany(tree => tree.GetDiagnostics())
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => diagnostic.ToString())
            .ToList();
        var edges = new Dictionary<(string From, string To), string>();
        var fileEdges = new HashSet<(string From, string To)>();
        var sends = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in generated.SyntaxTrees.Where(tree => folderOf.ContainsKey(tree.FilePath)))
        {
            var from = folderOf[tree.FilePath];
            var fromFile = Relative(sdkRoot, tree.FilePath);
            var model = generated.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name is IdentifierNameSyntax { IsVar: true })
                {
                    continue;
                }

                var info = model.GetSymbolInfo(name);
                if (info.Symbol is null && info.CandidateSymbols.IsEmpty && !IsNameWithoutSymbol(name))
                {
                    errors.Add($"{tree.FilePath}({name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): '{name}' resolves to nothing");
                }

                foreach (var symbol in info.Symbol is { } resolved ? [resolved] : info.CandidateSymbols)
                {
                    if (symbol is INamespaceSymbol or ILocalSymbol or IParameterSymbol or ITypeParameterSymbol or IRangeVariableSymbol or ILabelSymbol)
                    {
                        continue;
                    }

                    if (symbol is IMethodSymbol { Name: "SendAsync" } method && IsInvoker(method.ContainingType))
                    {
                        sends.Add(fromFile);
                    }

                    foreach (var location in symbol.OriginalDefinition.Locations.Where(location => location.IsInSource))
                    {
                        if (!folderOf.TryGetValue(location.SourceTree!.FilePath, out var to))
                        {
                            continue;
                        }

                        if (location.SourceTree.FilePath != tree.FilePath)
                        {
                            fileEdges.Add((fromFile, Relative(sdkRoot, location.SourceTree.FilePath)));
                        }

                        if (to != from)
                        {
                            edges.TryAdd((from, to), $"{NameOf(symbol)} in {fromFile}");
                        }
                    }
                }
            }
        }

        var folders = folderOf.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        return new SourceDependencies(folders, edges, fileEdges, [.. sends], errors);
    }

    private static string Relative(string sdkRoot, string path) => Path.GetRelativePath(sdkRoot, path).Replace('\\', '/');

    /// <summary>Whether <paramref name="type"/> is <see cref="HttpMessageInvoker"/> or derives from it (<see cref="HttpClient"/>).</summary>
    private static bool IsInvoker(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.Name == nameof(HttpMessageInvoker) && type.ContainingNamespace.ToDisplayString() == "System.Net.Http")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name that is no symbol for the compiler either: <c>nameof</c> itself.</summary>
    private static bool IsNameWithoutSymbol(SimpleNameSyntax name) =>
        name is IdentifierNameSyntax { Identifier.Text: "nameof", Parent: InvocationExpressionSyntax };

    private static string NameOf(ISymbol symbol) =>
        symbol is INamedTypeSymbol || symbol.ContainingType is null ? symbol.Name : $"{symbol.ContainingType.Name}.{symbol.Name}";

    /// <summary>The symbols of the .NET target the running runtime loads (net10.0 on .NET 10, net8.0 on .NET 8).</summary>
    private static IEnumerable<string> PreprocessorSymbols()
    {
        var major = Environment.Version.Major;
        yield return "NET";
        yield return "NETCOREAPP";
        yield return "TRACE";
        yield return "RELEASE";
        yield return $"NET{major}_0";
        foreach (var version in new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" })
        {
            yield return $"NETCOREAPP{version}_OR_GREATER";
        }

        for (var version = 5; version <= major; version++)
        {
            yield return $"NET{version}_0_OR_GREATER";
        }
    }

    /// <summary>The runtime's assemblies and the test's (Polly, Microsoft.Extensions.*), one per name, none of Flora's own.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return trusted.Concat(local)
            .Where(path => path.Length > 0 && !Path.GetFileName(path).StartsWith("Flora.", StringComparison.Ordinal))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Where(IsManagedAssembly)
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>The generators Flora.Sdk's build runs, listed at build time by ArchitectureTests.targets.</summary>
    private static IEnumerable<ISourceGenerator> SourceGenerators()
    {
        var list = Path.Combine(AppContext.BaseDirectory, "flora-source-generators.txt");
        foreach (var path in File.ReadAllLines(list).Where(line => line.Length > 0).DistinctBy(Path.GetFileName))
        {
            var types = Assembly.LoadFrom(path).GetTypes();
            foreach (var type in types.Where(type => !type.IsAbstract && type.GetCustomAttribute<GeneratorAttribute>() is not null))
            {
                var instance = Activator.CreateInstance(type);
                yield return instance is IIncrementalGenerator incremental ? incremental.AsSourceGenerator() : (ISourceGenerator)instance!;
            }
        }
    }
}
#endif

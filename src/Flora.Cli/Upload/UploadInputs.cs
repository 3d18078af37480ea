using System.IO.Enumeration;

namespace Flora.Cli.Upload;

/// <summary>A file the walk will not upload, and why; listed in the summary, never a failure.</summary>
internal sealed record SkippedFile(string Path, string Reason);

/// <summary>
/// Turns the command line's paths, folders and globs into files, lazily. A folder walk (and a glob) skips the manifest,
/// hidden files and folders, and files of a type FLORA does not accept; a file named on the command line that FLORA does
/// not accept is an error, found before anything is sent. Links inside a walked folder (to files or folders) are skipped
/// and listed unless <paramref name="followLinks"/> is set; then a folder reached twice (by its real path) is walked
/// once. A file or folder named on the command line is read even when it is a link: the user named it. Each real file
/// is taken once, under the first path that reached it.
/// </summary>
internal sealed class UploadInputs(IReadOnlyList<string> inputs, bool recursive, string manifestPath, bool allowUnknownType = false, bool followLinks = false)
{
    private readonly string _manifest = Path.GetFullPath(manifestPath);
    private readonly RealPaths _real = new();

    public List<SkippedFile> Skipped { get; } = [];

    /// <summary>Checks the inputs before any walk: every one exists (or is a glob), named files are of accepted types.</summary>
    public static string? Validate(IReadOnlyList<string> inputs, bool allowUnknownType = false)
    {
        foreach (var input in inputs)
        {
            if (IsGlob(input))
            {
                continue;
            }

            if (File.Exists(input))
            {
                if (AcceptedTypes.ContentTypeOf(input) is null && !allowUnknownType)
                {
                    return $"'{input}' is not a type FLORA accepts ({AcceptedTypes.Describe()}).";
                }
            }
            else if (!Directory.Exists(input))
            {
                return $"'{input}' does not exist.";
            }
        }

        return null;
    }

    /// <summary>Full paths of the files to consider, in a stable order, each real file once.</summary>
    public IEnumerable<string> Files()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var walked = new HashSet<string>(StringComparer.Ordinal);
            var files = File.Exists(input) ? [Path.GetFullPath(input)] : IsGlob(input) ? Glob(input, walked) : Walk(Path.GetFullPath(input), recursive, walked);
            foreach (var file in files)
            {
                var real = _real.OfFile(file);
                if (seen.TryAdd(real, file))
                {
                    yield return file;
                }
                else if (seen[real] != file)
                {
                    Skipped.Add(new SkippedFile(file, $"the same file as {seen[real]}"));
                }
            }
        }
    }

    /// <summary>The folder the manifest goes in by default: the deepest folder that holds every input.</summary>
    public static string CommonFolder(IReadOnlyList<string> inputs)
    {
        var folders = inputs.Select(i => Path.GetFullPath(
            Directory.Exists(i) ? i
            : IsGlob(i) ? (GlobRoot(i) is { Length: > 0 } root ? root : ".")
            : Path.GetDirectoryName(Path.GetFullPath(i))!)).ToList();
        var common = folders[0];
        while (!folders.All(f => f == common || f.StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            common = Path.GetDirectoryName(common) ?? common;
        }

        return common;
    }

    /// <summary>The folders of one input, by real path, so a folder reached again through a link is walked once.</summary>
    private IEnumerable<string> Walk(string folder, bool deep, HashSet<string> walked, Func<string, bool>? match = null)
    {
        if (_real.OfFolder(folder) is not { } real || !walked.Add(real))
        {
            // Reached again through a link (a loop, or two links to one folder): its files are taken once.
            Skipped.Add(new SkippedFile(folder + Path.DirectorySeparatorChar, "a link to a folder already walked"));
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if ((match is null || match(Path.GetFileName(file))) && MayTake(file, folder: false) && Admit(file))
            {
                yield return file;
            }
        }

        if (!deep)
        {
            yield break;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (IsHidden(sub))
            {
                Skipped.Add(new SkippedFile(sub + Path.DirectorySeparatorChar, "hidden folder"));
                continue;
            }

            if (!MayTake(sub, folder: true))
            {
                continue;
            }

            foreach (var file in Walk(sub, deep, walked, match))
            {
                yield return file;
            }
        }
    }

    /// <summary>A glob: <c>*</c> and <c>?</c> in the last segment; a <c>**</c> segment before it searches every folder below.</summary>
    private IEnumerable<string> Glob(string pattern, HashSet<string> walked)
    {
        var root = GlobRoot(pattern);
        var folder = Path.GetFullPath(string.IsNullOrEmpty(root) ? "." : root);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var last = Path.GetFileName(pattern);
        return Walk(folder, pattern.Contains("**", StringComparison.Ordinal), walked, name => FileSystemName.MatchesSimpleExpression(last, name, ignoreCase: OperatingSystem.IsWindows()));
    }

    /// <summary>Whether a walk may take <paramref name="path"/>: not a link, or links are followed and this one leads somewhere.</summary>
    private bool MayTake(string path, bool folder)
    {
        if (new FileInfo(path).LinkTarget is null)
        {
            return true;
        }

        // The link's target is not shown: it is the folder's text, and may carry terminal escapes.
        var what = folder ? "a symbolic link to a folder" : "a symbolic link";
        var shown = folder ? path + Path.DirectorySeparatorChar : path;
        if (!followLinks)
        {
            Skipped.Add(new SkippedFile(shown, $"{what}, not followed; --follow-links follows links"));
            return false;
        }

        if (RealPaths.Resolve(path) is { } real && Path.Exists(real))
        {
            return true;
        }

        Skipped.Add(new SkippedFile(shown, $"{what} that leads nowhere (broken, or a loop of links)"));
        return false;
    }

    private bool Admit(string file)
    {
        if (string.Equals(Path.GetFullPath(file), _manifest, StringComparison.Ordinal) || file.EndsWith(UploadManifest.TemporarySuffix, StringComparison.Ordinal))
        {
            Skipped.Add(new SkippedFile(file, "the upload manifest"));
            return false;
        }

        if (IsHidden(file))
        {
            Skipped.Add(new SkippedFile(file, "hidden file"));
            return false;
        }

        if (AcceptedTypes.ContentTypeOf(file) is null && !allowUnknownType)
        {
            Skipped.Add(new SkippedFile(file, "not a type FLORA accepts"));
            return false;
        }

        return true;
    }

    private static bool IsHidden(string path) =>
        Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar)).StartsWith('.') || File.GetAttributes(path).HasFlag(FileAttributes.Hidden);

    private static bool IsGlob(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The part of a glob before its first wildcard segment.</summary>
    private static string GlobRoot(string pattern)
    {
        if (!IsGlob(pattern))
        {
            return pattern;
        }

        var parts = pattern.Split(Path.DirectorySeparatorChar);
        return string.Join(Path.DirectorySeparatorChar, parts.TakeWhile(p => !IsGlob(p)));
    }
}

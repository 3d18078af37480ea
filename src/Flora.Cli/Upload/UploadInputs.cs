namespace Flora.Cli.Upload;

/// <summary>A file the walk will not upload, and why; listed in the summary, never a failure.</summary>
internal sealed record SkippedFile(string Path, string Reason);

/// <summary>
/// Turns the command line's paths, folders and globs into files, lazily. A folder walk (and a glob) skips the manifest,
/// hidden files and folders, and files of a type FLORA does not accept; a file named on the command line that FLORA does
/// not accept is an error, found before anything is sent.
/// </summary>
internal sealed class UploadInputs(IReadOnlyList<string> inputs, bool recursive, string manifestPath, bool allowUnknownType = false)
{
    private readonly string _manifest = Path.GetFullPath(manifestPath);

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

    /// <summary>Full paths of the files to consider, in a stable order, each once.</summary>
    public IEnumerable<string> Files()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var files = File.Exists(input) ? [Path.GetFullPath(input)] : IsGlob(input) ? Glob(input) : Walk(Path.GetFullPath(input), recursive);
            foreach (var file in files)
            {
                if (seen.Add(file))
                {
                    yield return file;
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

    private IEnumerable<string> Walk(string folder, bool deep)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (Admit(file))
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

            foreach (var file in Walk(sub, deep))
            {
                yield return file;
            }
        }
    }

    /// <summary>A glob: <c>*</c> and <c>?</c> in the last segment; a <c>**</c> segment before it searches every folder below.</summary>
    private IEnumerable<string> Glob(string pattern)
    {
        var root = GlobRoot(pattern);
        var deep = pattern.Contains("**", StringComparison.Ordinal);
        var last = Path.GetFileName(pattern);
        var folder = Path.GetFullPath(string.IsNullOrEmpty(root) ? "." : root);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = deep, MatchType = MatchType.Simple, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(folder, last, options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative.Split(Path.DirectorySeparatorChar).SkipLast(1).Any(part => part.StartsWith('.')))
            {
                continue;
            }

            if (Admit(file))
            {
                yield return file;
            }
        }
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

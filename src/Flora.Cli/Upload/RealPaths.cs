namespace Flora.Cli.Upload;

/// <summary>
/// Paths with every link in them resolved, as realpath(3) gives them: what tells a folder walk that a link leads
/// back to a folder it walked (a loop), and that two paths are one file. Folders are resolved once per walk.
/// </summary>
internal sealed class RealPaths
{
    /// <summary>How many links one path may pass through, as Linux allows (ELOOP beyond).</summary>
    private const int MaxLinkHops = 40;

    private readonly Dictionary<string, string?> _folders = new(StringComparer.Ordinal);

    /// <summary>The real path of <paramref name="path"/> (it need not exist); null when its links loop or nest deeper than 40.</summary>
    public static string? Resolve(string path)
    {
        var hops = 0;
        return Resolve(path, ref hops);
    }

    /// <summary>A folder's real path, resolved once; null when its links loop.</summary>
    public string? OfFolder(string folder)
    {
        if (!_folders.TryGetValue(folder, out var real))
        {
            _folders[folder] = real = Resolve(folder);
        }

        return real;
    }

    /// <summary>A file's real path: its real folder and its name, unless the file itself is a link; the path itself when its links loop.</summary>
    public string OfFile(string file) =>
        new FileInfo(file).LinkTarget is null && OfFolder(Path.GetDirectoryName(file)!) is { } folder
            ? Path.Combine(folder, Path.GetFileName(file))
            : Resolve(file) ?? file;

    private static string? Resolve(string path, ref int hops)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            // The target is read from the folder that holds the link, which is real already.
            if (++hops > MaxLinkHops || Resolve(Path.Combine(current, target), ref hops) is not { } resolved)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }
}

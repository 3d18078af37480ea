using Flora.Sdk;

namespace Flora.Cli.Download;

/// <summary>
/// The files one download run writes, each claimed before its bytes arrive: a name the server chose, made safe by
/// <see cref="SafeFileName"/>, is created empty with <see cref="FileMode.CreateNew"/> (atomic: an existing file, folder or
/// link makes it fail, so nothing is replaced or followed), and a taken name gets the next free <c>name (1).ext</c>.
/// With <c>--overwrite</c>, the asset's own name may replace an existing file (renamed over it at the end, never
/// written through a link). No two assets of one run share a name, even with <c>--overwrite</c>.
/// </summary>
internal sealed class FileClaims(string folder, bool overwrite)
{
    private const int MaxNumber = 999;
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims a path for <paramref name="fileName"/> (a safe name) in the folder.</summary>
    /// <exception cref="IOException">Every numbered name up to <c>(999)</c> is taken, or the folder cannot be written.</exception>
    public FileClaim Claim(string fileName)
    {
        for (var number = 0; number <= MaxNumber; number++)
        {
            var candidate = number == 0 ? fileName : SafeFileName.Numbered(fileName, number);
            lock (_taken)
            {
                if (!_taken.Add(candidate))
                {
                    continue;
                }
            }

            var path = SafeFileName.InFolder(folder, candidate);
            if (number == 0 && overwrite)
            {
                return new FileClaim(path, Placeholder: false);
            }

            try
            {
                new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None).Dispose();
                return new FileClaim(path, Placeholder: true);
            }
            catch (IOException) when (Exists(path))
            {
                // Taken on disk (a file, a folder or a link): never replaced without --overwrite; the next number.
            }
        }

        throw new IOException($"'{fileName}' and its numbered names up to ({MaxNumber}) are all taken in '{folder}'; choose another --output folder.");
    }

    /// <summary>Whether anything (a file, a folder, a link, even a dangling one) has that name.</summary>
    private static bool Exists(string path) => (int)new FileInfo(path).Attributes != -1;
}

/// <summary>A path a run claimed; <paramref name="Placeholder"/> when the run created it empty, to be filled by the download.</summary>
internal sealed record FileClaim(string Path, bool Placeholder)
{
    /// <summary>Gives the name back after a failed or cancelled download: deletes the empty file the claim made, if it is still that.</summary>
    public void Release()
    {
        var info = new FileInfo(Path);
        if (Placeholder && info.Exists && info.Length == 0 && (info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            info.Delete();
        }
    }
}

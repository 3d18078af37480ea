namespace Flora.Sdk.Validation;

/// <summary>The rules of a download's destination.</summary>
internal static partial class InputValidation
{
    /// <summary>A destination stream the bytes can be written to.</summary>
    public static void DownloadDestination(Stream? destination, string paramName)
    {
        ArgumentNullException.ThrowIfNull(destination, paramName);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream cannot be written to; pass a writable stream (a FileStream or MemoryStream).", paramName);
        }
    }

    /// <summary>A destination path that names a file.</summary>
    public static void DownloadPath(string? path, string paramName)
    {
        ArgumentNullException.ThrowIfNull(path, paramName);
        if (string.IsNullOrWhiteSpace(path) || path.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            || path.EndsWith(Path.AltDirectorySeparatorChar.ToString(), StringComparison.Ordinal))
        {
            throw new ArgumentException("The destination path must name a file, for example 'downloads/photo.png'.", paramName);
        }
    }

    /// <summary>A folder to write files into (created when missing).</summary>
    public static void DownloadFolder(string? folder, string paramName)
    {
        ArgumentNullException.ThrowIfNull(folder, paramName);
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new ArgumentException("The folder must name a directory, for example 'outputs'.", paramName);
        }
    }
}

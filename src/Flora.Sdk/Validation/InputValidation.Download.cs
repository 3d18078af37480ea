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
}

namespace Flora.Sdk.Models;

/// <summary>The content types FLORA documents for assets; uploads outside them are refused before any byte is sent.</summary>
public static class AssetContentTypes
{
    /// <summary>
    /// Images (jpeg, png, webp, gif, avif, heic, heif; at most 150 megapixels), video (mp4, webm, quicktime), audio
    /// (mpeg, wav, ogg) and pdf.
    /// </summary>
    /// <remarks>FLORA's list may grow: set <see cref="AssetUploadParamsBase.AllowUnknownContentType"/> to send a newer type.</remarks>
    public static IReadOnlyList<string> Allowed { get; } =
    [
        "image/jpeg", "image/png", "image/webp", "image/gif", "image/avif", "image/heic", "image/heif",
        "video/mp4", "video/webm", "video/quicktime",
        "audio/mpeg", "audio/wav", "audio/ogg",
        "application/pdf",
    ];

    /// <summary>Whether FLORA documents <paramref name="contentType"/> (parameters such as <c>; charset</c> are ignored).</summary>
    /// <param name="contentType">A media type, for example <c>image/png</c>.</param>
    /// <returns><see langword="true"/> when the type is in <see cref="Allowed"/>.</returns>
    public static bool IsAllowed(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var bare = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        foreach (var allowed in Allowed)
        {
            if (string.Equals(allowed, bare, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type sent for bytes whose type nothing names (an unknown extension with <see cref="AssetUploadParamsBase.AllowUnknownContentType"/>).</summary>
    internal const string Unknown = "application/octet-stream";

    // The one extension table of the SDK and the CLI. It also names types outside Allowed (bmp, tiff, ...), so that a
    // caller who allows unknown types sends a precise one rather than application/octet-stream.
    private static readonly Dictionary<string, string> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".heic"] = "image/heic",
        [".heif"] = "image/heif",
        [".bmp"] = "image/bmp",
        [".tif"] = "image/tiff",
        [".tiff"] = "image/tiff",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/x-m4v",
        [".mov"] = "video/quicktime",
        [".webm"] = "video/webm",
        [".mkv"] = "video/x-matroska",
        [".avi"] = "video/x-msvideo",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".m4a"] = "audio/mp4",
        [".flac"] = "audio/flac",
        [".aac"] = "audio/aac",
        [".pdf"] = "application/pdf",
        [".json"] = "application/json",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".glb"] = "model/gltf-binary",
        [".gltf"] = "model/gltf+json",
        [".zip"] = "application/zip",
    };

    /// <summary>The media type a file name's extension implies, case-insensitively.</summary>
    /// <param name="fileName">A file name or path, for example <c>Clip.MP4</c>.</param>
    /// <returns>The media type (<c>video/mp4</c>), or <see langword="null"/> for an extension this SDK does not know. It may be
    /// outside <see cref="Allowed"/> (<c>.bmp</c>): check <see cref="IsAllowed"/> before relying on FLORA to take it.</returns>
    public static string? FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return s_byExtension.TryGetValue(Path.GetExtension(fileName), out var type) ? type : null;
    }

    // The first extension the table names for each type (.jpg for image/jpeg), for files named after a host's Content-Type.
    private static readonly Dictionary<string, string> s_extensionByType = s_byExtension
        .GroupBy(pair => pair.Value, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.First().Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The extension for a media type (parameters such as <c>; charset</c> ignored), or null for a type the table does not name.</summary>
    internal static string? ExtensionFor(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var bare = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return s_extensionByType.TryGetValue(bare, out var extension) ? extension : null;
    }

    /// <summary>The file extensions whose media type FLORA takes (<c>.png</c>, <c>.mp4</c>, ...), for messages and file pickers.</summary>
    public static IReadOnlyList<string> AllowedExtensions { get; } = [.. s_byExtension.Where(pair => IsAllowed(pair.Value)).Select(pair => pair.Key)];
}

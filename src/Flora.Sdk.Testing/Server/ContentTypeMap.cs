namespace Flora.Sdk.Testing.Server;

/// <summary>Infers a content type from a file name, as FLORA does when none is given.</summary>
internal static class ContentTypeMap
{
    private static readonly Dictionary<string, string> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
        [".avif"] = "image/avif",
        [".heic"] = "image/heic",
        [".heif"] = "image/heif",
        [".mp4"] = "video/mp4",
        [".mov"] = "video/quicktime",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".pdf"] = "application/pdf",
    };

    /// <summary>The whole table, for the test that pins it to the SDK's.</summary>
    internal static IReadOnlyDictionary<string, string> ByExtension => s_byExtension;

    public static string? FromFileName(string? fileName) =>
        fileName is null ? null : s_byExtension.GetValueOrDefault(Path.GetExtension(fileName));

    /// <summary>The first extension of <paramref name="contentType"/> (".png"), or ".bin" for a type not in the table.</summary>
    public static string Extension(string contentType) =>
        s_byExtension.FirstOrDefault(e => string.Equals(e.Value, contentType, StringComparison.OrdinalIgnoreCase)).Key ?? ".bin";
}

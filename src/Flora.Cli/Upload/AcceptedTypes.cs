using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>
/// The media FLORA accepts, by file extension. Which types are accepted is the SDK's <see cref="AssetContentTypes"/>;
/// this only maps a file name to its media type (the SDK's own inference is internal to it).
/// </summary>
internal static class AcceptedTypes
{
    private static readonly Dictionary<string, string> s_typeByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
        [".avif"] = "image/avif",
        [".heic"] = "image/heic",
        [".heif"] = "image/heif",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mov"] = "video/quicktime",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".pdf"] = "application/pdf",
    };

    private static readonly Dictionary<string, string> s_byExtension = s_typeByExtension
        .Where(pair => AssetContentTypes.IsAllowed(pair.Value))
        .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>The media type of <paramref name="path"/> when FLORA accepts it, else null.</summary>
    public static string? ContentTypeOf(string path) => s_byExtension.GetValueOrDefault(Path.GetExtension(path));

    public static string Describe() => string.Join(", ", s_byExtension.Keys);
}

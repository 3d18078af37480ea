namespace Flora.Cli.Upload;

/// <summary>
/// The media FLORA accepts (images, video, audio and PDF, from FLORA's TypeScript SDK 0.11.0), by file extension.
/// TODO(#12): use the SDK's allowed-types list once it is public.
/// </summary>
internal static class AcceptedTypes
{
    private static readonly Dictionary<string, string> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
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

    public static string? ContentTypeOf(string path) => s_byExtension.GetValueOrDefault(Path.GetExtension(path));

    public static string Describe() => string.Join(", ", s_byExtension.Keys);
}

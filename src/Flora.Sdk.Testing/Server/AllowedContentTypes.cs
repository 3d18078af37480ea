namespace Flora.Sdk.Testing.Server;

/// <summary>The media types FLORA takes (its TypeScript SDK's create docs): images, video, audio and pdf.</summary>
internal static class AllowedContentTypes
{
    private static readonly HashSet<string> s_allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/webp", "image/gif", "image/avif", "image/heic", "image/heif",
        "video/mp4", "video/webm", "video/quicktime",
        "audio/mpeg", "audio/wav", "audio/ogg",
        "application/pdf",
    };

    /// <summary>Every type in the list, for the test that pins it to the SDK's.</summary>
    internal static IReadOnlyCollection<string> All => s_allowed;

    public const string Description =
        "images (image/jpeg, image/png, image/webp, image/gif, image/avif, image/heic, image/heif), video (video/mp4, video/webm, "
        + "video/quicktime), audio (audio/mpeg, audio/wav, audio/ogg) and application/pdf";

    /// <summary>Whether <paramref name="contentType"/> (parameters such as <c>; charset</c> ignored) is one FLORA takes.</summary>
    public static bool IsAllowed(string contentType)
    {
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return s_allowed.Contains((semicolon < 0 ? contentType : contentType[..semicolon]).Trim());
    }

    /// <summary>Whether <paramref name="contentType"/> says "some bytes" rather than naming a type (what clients send when they do not know).</summary>
    public static bool IsUnknown(string? contentType) =>
        contentType is null || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds a <c>content_type</c> field error when a named type is outside FLORA's list. An unknown one
    /// (<see cref="IsUnknown"/>) passes: the emulator plays a server that tells the type from the bytes.
    /// </summary>
    public static void Check(string? contentType, List<KeyValuePair<string, string>> errors)
    {
        if (!IsUnknown(contentType) && !IsAllowed(contentType!))
        {
            errors.Add(new("content_type", $"The content type '{contentType}' is not supported; FLORA takes {Description}."));
        }
    }
}

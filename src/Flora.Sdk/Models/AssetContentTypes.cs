namespace Flora.Sdk.Models;

/// <summary>The content types FLORA documents for assets; uploads outside them are refused before any byte is sent.</summary>
public static class AssetContentTypes
{
    /// <summary>
    /// Images (jpeg, png, webp, gif, avif, heic, heif; at most 150 megapixels), video (mp4, webm, quicktime), audio
    /// (mpeg, wav, ogg) and pdf.
    /// </summary>
    /// <remarks>FLORA's list may grow: set <see cref="AssetUploadParams.AllowUnknownContentType"/> to send a newer type.</remarks>
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
}

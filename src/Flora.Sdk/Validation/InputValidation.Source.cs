using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    private static readonly string[] s_placeholderSources = ["upload", "file", "local", "signed_url", "signedurl", "url"];

    public static void Source(string? source, string paramName)
    {
        if (source is null)
        {
            throw new ArgumentNullException(paramName, "Source is required: use AssetSource.SignedUrl (\"signed-url\") to upload bytes, or an allowlisted https:// URL.");
        }

        var trimmed = source.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException(
                "Source is blank: use AssetSource.SignedUrl (\"signed-url\") and UploadAsync to upload local bytes, or pass an allowlisted https:// URL.",
                paramName);
        }

        if (source == AssetSource.SignedUrl)
        {
            return;
        }

        if (Array.Exists(s_placeholderSources, p => trimmed.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"Source '{trimmed}' is a placeholder FLORA does not accept: use AssetSource.SignedUrl (\"signed-url\") and UploadAsync to upload local bytes.",
                paramName);
        }

        if (trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                "Source is a data: URL, which FLORA does not accept: use AssetSource.SignedUrl and UploadAsync to upload the bytes instead.",
                paramName);
        }

        if (trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || LooksLikeLocalPath(trimmed))
        {
            throw new ArgumentException(
                $"Source '{trimmed}' is a local path, which FLORA cannot read: use AssetSource.SignedUrl and UploadAsync (or UploadFileAsync) to upload local bytes.",
                paramName);
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || trimmed != source)
        {
            throw new ArgumentException(
                $"Source '{source}' is neither \"signed-url\" nor an absolute https:// URL: use AssetSource.SignedUrl to upload bytes, or an allowlisted https:// URL for a server-side fetch.",
                paramName);
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException(
                $"Source uses the '{uri.Scheme}' scheme, but FLORA fetches only https:// URLs from allowlisted hosts: use an https:// URL, or AssetSource.SignedUrl and UploadAsync to upload the bytes.",
                paramName);
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"Source '{source}' has no host: pass an absolute https:// URL on an allowlisted host.", paramName);
        }
    }

    private static bool LooksLikeLocalPath(string value) =>
        value.StartsWith('/') || value.StartsWith('\\') || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith('~')
        || (value.Length >= 3 && char.IsAsciiLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));
}

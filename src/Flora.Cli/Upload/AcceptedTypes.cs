using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>The media FLORA accepts, by file extension: the SDK's <see cref="AssetContentTypes"/>, filtered to FLORA's list.</summary>
internal static class AcceptedTypes
{
    /// <summary>The media type of <paramref name="path"/> when FLORA accepts it, else null.</summary>
    public static string? ContentTypeOf(string path) =>
        AssetContentTypes.FromFileName(path) is { } type && AssetContentTypes.IsAllowed(type) ? type : null;

    public static string Describe() => string.Join(", ", AssetContentTypes.AllowedExtensions);
}

using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>
    /// The content type an upload sends: the given one, or the one its file name implies. Checked against FLORA's list
    /// before any byte is sent, unless the caller allows a type this SDK does not know yet.
    /// </summary>
    public static string UploadContentType(string? contentType, string fileName, bool allowUnknown, string paramName)
    {
        var resolved = contentType ?? AssetContentTypes.FromFileName(fileName) ?? AssetContentTypes.Unknown;
        if (allowUnknown || AssetContentTypes.IsAllowed(resolved))
        {
            return resolved;
        }

        var origin = contentType is null ? $"inferred from the file name '{fileName}'" : "given";
        throw new ArgumentException(
            $"The content type '{resolved.ReplaceLineEndings(" ")}' ({origin}) is not one FLORA accepts. FLORA takes {string.Join(", ", AssetContentTypes.Allowed)}. " +
            "Pass one of these as ContentType (or use a matching file extension), or set AllowUnknownContentType = true to send a type FLORA added after this SDK.",
            paramName);
    }
}

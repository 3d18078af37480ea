using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>A library folder id, as the create call answered it (FLORA's look like <c>libfolder_abc123</c>).</summary>
    public static void LibraryFolderId(string? folderId, string paramName) => Id(folderId, paramName, "library folder id", "libfolder_abc123");

    public static void LibraryFolderCreateParams(LibraryFolderCreateParams? parameters, string paramName) =>
        OptionalText(parameters?.Name, $"{paramName}.{nameof(Models.LibraryFolderCreateParams.Name)}");

    public static void LibraryFolderAddItemParams(LibraryFolderAddItemParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        var type = parameters.Type;
        OptionalText(type, $"{paramName}.{nameof(Models.LibraryFolderAddItemParams.Type)}");
        OptionalText(parameters.Text, $"{paramName}.{nameof(Models.LibraryFolderAddItemParams.Text)}");
        OptionalHttpsUrl(parameters.Source, $"{paramName}.{nameof(Models.LibraryFolderAddItemParams.Source)}");
        if (type == "image" && parameters.Source is null)
        {
            throw new ArgumentException("An image item needs Source: the public https URL of the image.", $"{paramName}.{nameof(Models.LibraryFolderAddItemParams.Source)}");
        }

        if (type == "text" && parameters.Text is null)
        {
            throw new ArgumentException("A text item needs Text: the text to save.", $"{paramName}.{nameof(Models.LibraryFolderAddItemParams.Text)}");
        }

        if (parameters.Source is null && parameters.Text is null)
        {
            throw new ArgumentException("Nothing to save: set Source (an image's https URL) or Text.", paramName);
        }
    }
}

namespace Flora.Sdk.Models;

/// <summary>
/// The body of <c>POST /workspaces/{workspaceId}/library/folders/{folderId}/items</c>: an image (from a public HTTPS URL,
/// which FLORA fetches) or a text to save in a library folder.
/// </summary>
public sealed record LibraryFolderAddItemParams
{
    /// <summary>What to save (<c>type</c>): <c>image</c> (needs <see cref="Source"/>) or <c>text</c> (needs <see cref="Text"/>).</summary>
    public string? Type { get; init; }

    /// <summary>The public HTTPS URL of the image to save (<c>source</c>); FLORA fetches it (private and loopback addresses are refused).</summary>
    public string? Source { get; init; }

    /// <summary>The text to save as a text node (<c>text</c>).</summary>
    public string? Text { get; init; }

    /// <summary>A caption for the saved item (<c>description</c>).</summary>
    public string? Description { get; init; }
}

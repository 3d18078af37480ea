namespace Flora.Sdk.Models;

/// <summary>The answer of <c>POST /workspaces/{workspaceId}/library/folders</c>: the new library folder.</summary>
/// <remarks>Reading is lenient: a missing field reads as <c>""</c>.</remarks>
public sealed record LibraryFolderCreateResponse : FloraObject
{
    /// <summary>The library folder's id (<c>folder_id</c>).</summary>
    public string FolderId { get; init; } = string.Empty;

    /// <summary>The folder's name (<c>name</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The workspace (<c>workspace_id</c>).</summary>
    public string WorkspaceId { get; init; } = string.Empty;
}

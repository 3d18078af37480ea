namespace Flora.Sdk.Models;

/// <summary>The answer of <c>DELETE /workspaces/{workspaceId}/library/folders/{folderId}</c>: the folder is gone.</summary>
/// <remarks>Reading is lenient: a missing id reads as <c>""</c>.</remarks>
public sealed record LibraryFolderDeleteResponse : FloraObject
{
    /// <summary>Whether the folder was deleted (<c>deleted</c>; FLORA answers <see langword="true"/>).</summary>
    public bool Deleted { get; init; }

    /// <summary>The library folder's id (<c>folder_id</c>).</summary>
    public string FolderId { get; init; } = string.Empty;

    /// <summary>The workspace (<c>workspace_id</c>).</summary>
    public string WorkspaceId { get; init; } = string.Empty;
}

namespace Flora.Sdk.Models;

/// <summary>The answer of <c>DELETE /workspaces/{workspaceId}/library/folders/{folderId}</c>: the folder is gone.</summary>
/// <remarks>Reading is lenient: a missing id reads as <c>""</c>.</remarks>
public sealed record LibraryFolderDeleteResponse : FloraObject
{
    private readonly string? _folderId;
    private readonly string? _workspaceId;

    /// <summary>Whether the folder was deleted (<c>deleted</c>; FLORA answers <see langword="true"/>).</summary>
    public bool Deleted { get; init; }

    /// <summary>The library folder's id (<c>folder_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string FolderId
    {
        get => _folderId ?? string.Empty;
        init => _folderId = value;
    }

    /// <summary>The workspace (<c>workspace_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string WorkspaceId
    {
        get => _workspaceId ?? string.Empty;
        init => _workspaceId = value;
    }
}

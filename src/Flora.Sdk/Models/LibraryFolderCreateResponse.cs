namespace Flora.Sdk.Models;

/// <summary>The answer of <c>POST /workspaces/{workspaceId}/library/folders</c>: the new library folder.</summary>
/// <remarks>Reading is lenient: a missing field reads as <c>""</c>.</remarks>
public sealed record LibraryFolderCreateResponse : FloraObject
{
    private readonly string? _folderId;
    private readonly string? _name;
    private readonly string? _workspaceId;

    /// <summary>The library folder's id (<c>folder_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string FolderId
    {
        get => _folderId ?? string.Empty;
        init => _folderId = value;
    }

    /// <summary>The folder's name (<c>name</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>The workspace (<c>workspace_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string WorkspaceId
    {
        get => _workspaceId ?? string.Empty;
        init => _workspaceId = value;
    }
}

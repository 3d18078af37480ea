namespace Flora.Sdk.Models;

/// <summary>The answer of <c>POST /workspaces/{workspaceId}/library/folders/{folderId}/items</c>: the saved item.</summary>
/// <remarks>Reading is lenient: a missing id reads as <c>""</c>.</remarks>
public sealed record LibraryFolderAddItemResponse : FloraObject
{
    private readonly string? _folderId;
    private readonly string? _savedNodeId;
    private readonly string? _workspaceId;

    /// <summary>The library folder's id (<c>folder_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string FolderId
    {
        get => _folderId ?? string.Empty;
        init => _folderId = value;
    }

    /// <summary>The saved node's id (<c>saved_node_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string SavedNodeId
    {
        get => _savedNodeId ?? string.Empty;
        init => _savedNodeId = value;
    }

    /// <summary>The workspace (<c>workspace_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string WorkspaceId
    {
        get => _workspaceId ?? string.Empty;
        init => _workspaceId = value;
    }

    /// <summary>The asset made from the image (<c>asset_id</c>), when there is one.</summary>
    public string? AssetId { get; init; }

    /// <summary>The stored image's URL (<c>url</c>), when there is one.</summary>
    public string? Url { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>The answer of <c>POST /workspaces/{workspaceId}/library/folders/{folderId}/items</c>: the saved item.</summary>
/// <remarks>Reading is lenient: a missing id reads as <c>""</c>.</remarks>
public sealed record LibraryFolderAddItemResponse : FloraObject
{
    /// <summary>The library folder's id (<c>folder_id</c>).</summary>
    public string FolderId { get; init; } = string.Empty;

    /// <summary>The saved node's id (<c>saved_node_id</c>).</summary>
    public string SavedNodeId { get; init; } = string.Empty;

    /// <summary>The workspace (<c>workspace_id</c>).</summary>
    public string WorkspaceId { get; init; } = string.Empty;

    /// <summary>The asset made from the image (<c>asset_id</c>), when there is one.</summary>
    public string? AssetId { get; init; }

    /// <summary>The stored image's URL (<c>url</c>), when there is one.</summary>
    public string? Url { get; init; }
}

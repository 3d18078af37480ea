namespace Flora.Sdk;

/// <summary>The workspace's FLORA library (<c>client.Workspaces.Library</c>): folders of saved images and texts.</summary>
public interface IWorkspaceLibraryService
{
    /// <summary>Library folders: create one, delete one, save an item into one.</summary>
    ILibraryFolderService Folders { get; }
}

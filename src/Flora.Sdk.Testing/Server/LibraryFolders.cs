using System.Security.Cryptography;

namespace Flora.Sdk.Testing.Server;

/// <summary>One item saved into a library folder: an image (with the asset made from it) or a text.</summary>
internal sealed record LibraryItem(string SavedNodeId, string Type, string? AssetId, string? Url, string? Text, string? Description);

/// <summary>A library folder of a workspace and the items saved into it.</summary>
internal sealed class LibraryFolder
{
    public required string FolderId { get; init; }

    public required string Name { get; init; }

    public required string WorkspaceId { get; init; }

    public List<LibraryItem> Items { get; } = [];
}

/// <summary>The workspaces' library folders; a deleted folder is gone with its items. Guarded by <see cref="EmulatorState.Gate"/>.</summary>
internal sealed class LibraryFolders(EmulatorState state)
{
    private readonly Dictionary<string, LibraryFolder> _folders = new(StringComparer.Ordinal);

    public LibraryFolder Create(string workspaceId, string name)
    {
        state.AssertLocked();
        var folder = new LibraryFolder { FolderId = NewId("libfolder_"), Name = name, WorkspaceId = workspaceId };
        _folders.Add(folder.FolderId, folder);
        return folder;
    }

    /// <summary>The folder when it exists in <paramref name="workspaceId"/>, else null (FLORA answers 404).</summary>
    public LibraryFolder? Find(string workspaceId, string folderId)
    {
        state.AssertLocked();
        return _folders.TryGetValue(folderId, out var folder) && folder.WorkspaceId == workspaceId ? folder : null;
    }

    public void Delete(LibraryFolder folder)
    {
        state.AssertLocked();
        _folders.Remove(folder.FolderId);
    }

    public int Count
    {
        get
        {
            state.AssertLocked();
            return _folders.Count;
        }
    }

    public static string NewId(string prefix) => prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
}

using Flora.Sdk.Transport;

namespace Flora.Sdk.Library;

/// <summary>The library's groups of calls; today only its folders.</summary>
internal sealed class WorkspaceLibraryService(ApiTransport api) : IWorkspaceLibraryService
{
    public ILibraryFolderService Folders { get; } = new LibraryFolderService(api);
}

namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /workspaces/{workspaceId}/library/folders</c>: an optional name for the new library folder.</summary>
public sealed record LibraryFolderCreateParams
{
    /// <summary>The folder's name (<c>name</c>); left null, FLORA makes one up (it can be renamed in the library).</summary>
    public string? Name { get; init; }
}

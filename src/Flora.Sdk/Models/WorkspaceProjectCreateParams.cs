namespace Flora.Sdk.Models;

/// <summary>
/// The body of <c>POST /workspaces/{workspaceId}/projects</c> and <c>POST /workspaces/{workspaceId}/folders/{folderId}/projects</c>:
/// a new project's name (the workspace, and the folder, are in the path).
/// </summary>
public sealed record WorkspaceProjectCreateParams
{
    /// <summary>The project's name (<c>name</c>); not blank.</summary>
    public required string Name { get; init; }
}

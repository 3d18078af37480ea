namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /projects</c>: a new project in a workspace.</summary>
public sealed record ProjectCreateParams
{
    /// <summary>The project's name; not blank.</summary>
    public required string Name { get; init; }

    /// <summary>The workspace the project goes in; starts with <c>ws_</c> (see <see cref="IWorkspaceService.ListAsync"/>).</summary>
    public required string WorkspaceId { get; init; }
}

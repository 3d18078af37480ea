namespace Flora.Sdk.Models;

/// <summary>The query of <c>GET /projects</c>: one workspace's projects, in cursor pages.</summary>
public sealed record ProjectListParams
{
    /// <summary>The workspace whose projects to list; starts with <c>ws_</c> (see <see cref="IWorkspaceService.ListAsync"/>).</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>Only projects whose name matches this search text.</summary>
    public string? Query { get; init; }

    /// <summary>The page size, from 1 to 100; the server's default when not set.</summary>
    public int? Limit { get; init; }

    /// <summary>An opaque cursor from a previous page's <c>next_cursor</c>; sent back exactly as received.</summary>
    public string? Cursor { get; init; }
}

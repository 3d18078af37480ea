namespace Flora.Sdk.Models;

/// <summary>The query of <c>GET /projects/{projectId}/nodes</c>: the page size and where to start.</summary>
public sealed record ProjectListNodesParams
{
    /// <summary>The page size, from 1 to 100; the server's default when not set.</summary>
    public int? Limit { get; init; }

    /// <summary>An opaque cursor from a previous page's <c>next_cursor</c>; sent back exactly as received.</summary>
    public string? Cursor { get; init; }
}

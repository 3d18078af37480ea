namespace Flora.Sdk.Models;

/// <summary>The query of <c>GET /techniques</c>: an optional workspace and search, in cursor pages.</summary>
public sealed record TechniqueListParams
{
    /// <summary>The workspace whose techniques to list (<c>workspace_id</c>); starts with <c>ws_</c> when set.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>Only techniques matching this search text (<c>query</c>).</summary>
    public string? Query { get; init; }

    /// <summary>The page size, from 1 to 100; the server's default when not set.</summary>
    public int? Limit { get; init; }

    /// <summary>An opaque cursor from a previous page's <c>next_cursor</c>; sent back exactly as received.</summary>
    public string? Cursor { get; init; }
}

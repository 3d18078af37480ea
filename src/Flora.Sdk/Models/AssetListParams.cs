namespace Flora.Sdk.Models;

/// <summary>The query of <c>GET /assets</c>. Every filter is optional.</summary>
public sealed record AssetListParams
{
    /// <summary>An opaque cursor from a previous page's <c>next_cursor</c>; sent back exactly as received.</summary>
    public string? Cursor { get; init; }

    /// <summary>The page size, from 1 to 100; the server's default when not set.</summary>
    public int? Limit { get; init; }

    /// <summary>Only assets of this project canvas; starts with <c>prj_</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>A search query.</summary>
    public string? Query { get; init; }

    /// <summary>Only assets of this workspace; starts with <c>ws_</c>.</summary>
    public string? WorkspaceId { get; init; }
}

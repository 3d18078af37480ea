namespace Flora.Sdk.Models;

/// <summary>The query of <c>GET /generations</c>: filters, in cursor pages.</summary>
public sealed record GenerationListParams
{
    /// <summary>Only generations in this workspace (<c>workspace_id</c>); starts with <c>ws_</c> when set.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>Only generations in this project (<c>project_id</c>); starts with <c>prj_</c> when set.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Only generations in this state (<c>status</c>).</summary>
    public RunStatus? Status { get; init; }

    /// <summary>The page size, from 1 to 100; the server's default when not set.</summary>
    public int? Limit { get; init; }

    /// <summary>An opaque cursor from a previous page's <c>next_cursor</c>; sent back exactly as received.</summary>
    public string? Cursor { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>An edge of a project graph (an item of <c>edges</c>), between two nodes' short ids.</summary>
public sealed record ProjectGraphEdge : FloraObject
{
    /// <summary>The source node's short id (<c>from</c>).</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>The target node's short id (<c>to</c>).</summary>
    public string To { get; init; } = string.Empty;

    /// <summary>The input slot the edge lands in (<c>in</c>), for example <c>image</c> or <c>enabled</c>; null when it names none.</summary>
    public string? In { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>An edge of a project graph (an item of <c>edges</c>), between two nodes' short ids.</summary>
public sealed record ProjectGraphEdge : FloraObject
{
    private readonly string? _from;
    private readonly string? _to;

    /// <summary>The source node's short id (<c>from</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string From
    {
        get => _from ?? string.Empty;
        init => _from = value;
    }

    /// <summary>The target node's short id (<c>to</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string To
    {
        get => _to ?? string.Empty;
        init => _to = value;
    }

    /// <summary>The input slot the edge lands in (<c>in</c>), for example <c>image</c> or <c>enabled</c>; null when it names none.</summary>
    public string? In { get; init; }
}

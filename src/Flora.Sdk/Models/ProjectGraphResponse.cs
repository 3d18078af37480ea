namespace Flora.Sdk.Models;

/// <summary>
/// The answer of <c>GET /workspaces/{workspaceId}/projects/{projectId}/graph</c>: every node and edge of the canvas, with a
/// revision marker (equal revisions mean nothing reported changed; no order can be read from two).
/// </summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>, missing lists as empty lists.</remarks>
public sealed record ProjectGraphResponse : FloraObject
{
    private readonly string? _projectId;
    private readonly string? _canvasUrl;
    private readonly string? _revision;
    private readonly ValueList<ProjectGraphNode>? _nodes;
    private readonly ValueList<ProjectGraphEdge>? _edges;

    /// <summary>The project (<c>project_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ProjectId
    {
        get => _projectId ?? string.Empty;
        init => _projectId = value;
    }

    /// <summary>The link that opens the canvas in FLORA (<c>canvas_url</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string CanvasUrl
    {
        get => _canvasUrl ?? string.Empty;
        init => _canvasUrl = value;
    }

    /// <summary>The opaque change marker (<c>revision</c>), the same a changeset answers.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Revision
    {
        get => _revision ?? string.Empty;
        init => _revision = value;
    }

    /// <summary>Every node of the canvas (<c>nodes</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ProjectGraphNode> Nodes
    {
        get => (IReadOnlyList<ProjectGraphNode>?)_nodes ?? [];
        init => _nodes = ValueList<ProjectGraphNode>.From(value);
    }

    /// <summary>Every edge of the canvas (<c>edges</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ProjectGraphEdge> Edges
    {
        get => (IReadOnlyList<ProjectGraphEdge>?)_edges ?? [];
        init => _edges = ValueList<ProjectGraphEdge>.From(value);
    }
}

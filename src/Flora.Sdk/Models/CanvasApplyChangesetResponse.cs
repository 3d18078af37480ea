namespace Flora.Sdk.Models;

/// <summary>The answer of <c>POST /workspaces/{workspaceId}/projects/{projectId}/canvas/changeset</c>: what the transaction did.</summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>, missing maps and lists as empty ones.</remarks>
public sealed record CanvasApplyChangesetResponse : FloraObject
{
    private readonly string? _projectId;
    private readonly string? _canvasUrl;
    private readonly string? _revision;
    private static readonly IReadOnlyDictionary<string, CanvasCreatedNode> s_none = new Dictionary<string, CanvasCreatedNode>();
    private readonly ValueMap<CanvasCreatedNode>? _created;
    private readonly ValueList<string>? _warnings;

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

    /// <summary>The canvas's change marker after the changeset (<c>revision</c>), as the graph reports it.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Revision
    {
        get => _revision ?? string.Empty;
        init => _revision = value;
    }

    /// <summary>How many nodes and edges were added, changed and removed (<c>applied</c>).</summary>
    public CanvasChangesetApplied? Applied { get; init; }

    /// <summary>Each add operation's ref, mapped to the node it created (<c>created</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, CanvasCreatedNode> Created
    {
        get => _created ?? s_none;
        init => _created = ValueMap<CanvasCreatedNode>.From(value);
    }

    /// <summary>Operations that changed nothing you might have expected (<c>warnings</c>), such as a duplicate connect.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<string> Warnings
    {
        get => (IReadOnlyList<string>?)_warnings ?? [];
        init => _warnings = ValueList<string>.From(value);
    }
}

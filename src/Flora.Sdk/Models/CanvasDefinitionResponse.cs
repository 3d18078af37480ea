namespace Flora.Sdk.Models;

/// <summary>
/// The answer of <c>GET</c> and <c>PUT /workspaces/{workspaceId}/projects/{projectId}/canvas/definition</c>: the canvas's
/// complete definition, with its counts.
/// </summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>, a missing definition as an empty one.</remarks>
public sealed record CanvasDefinitionResponse : FloraObject
{
    private readonly string? _projectId;
    private readonly string? _canvasUrl;
    private readonly CanvasDefinition? _definition;

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

    /// <summary>The definition (<c>definition</c>): pass it, changed or not, to <c>ReplaceDefinitionAsync</c>.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public CanvasDefinition Definition
    {
        get => _definition ?? new CanvasDefinition();
        init => _definition = value;
    }

    /// <summary>The canvas's counts (<c>summary</c>), when FLORA sends them.</summary>
    public CanvasSummary? Summary { get; init; }
}

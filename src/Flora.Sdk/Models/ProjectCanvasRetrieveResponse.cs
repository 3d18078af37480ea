namespace Flora.Sdk.Models;

/// <summary>The answer of <c>GET /projects/{projectId}/canvas</c>: the canvas as a Mermaid flowchart, with its counts.</summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>. Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.</remarks>
public sealed record ProjectCanvasRetrieveResponse : FloraObject
{
    private readonly string? _projectId;
    private readonly string? _canvasUrl;
    private readonly string? _diagram;

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

    /// <summary>The canvas as a Mermaid flowchart (<c>diagram</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Diagram
    {
        get => _diagram ?? string.Empty;
        init => _diagram = value;
    }

    /// <summary>The canvas's counts (<c>summary</c>), when FLORA sends them.</summary>
    public CanvasSummary? Summary { get; init; }
}

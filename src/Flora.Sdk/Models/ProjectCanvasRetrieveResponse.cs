namespace Flora.Sdk.Models;

/// <summary>The answer of <c>GET /projects/{projectId}/canvas</c>: the canvas as a Mermaid flowchart, with its counts.</summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>. Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.</remarks>
public sealed record ProjectCanvasRetrieveResponse : FloraObject
{
    /// <summary>The project (<c>project_id</c>).</summary>
    public string ProjectId { get; init; } = string.Empty;

    /// <summary>The link that opens the canvas in FLORA (<c>canvas_url</c>).</summary>
    public string CanvasUrl { get; init; } = string.Empty;

    /// <summary>The canvas as a Mermaid flowchart (<c>diagram</c>).</summary>
    public string Diagram { get; init; } = string.Empty;

    /// <summary>The canvas's counts (<c>summary</c>), when FLORA sends them.</summary>
    public CanvasSummary? Summary { get; init; }
}

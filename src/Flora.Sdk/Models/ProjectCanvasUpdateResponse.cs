using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The answer of <c>PATCH /projects/{projectId}/canvas</c>: what the flowchart added, and FLORA's warnings.</summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>, missing warnings as an empty list.</remarks>
public sealed record ProjectCanvasUpdateResponse : FloraObject
{
    private readonly string? _projectId;
    private readonly string? _canvasUrl;
    private readonly string? _diagram;
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

    /// <summary>The flowchart FLORA applied (<c>diagram</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Diagram
    {
        get => _diagram ?? string.Empty;
        init => _diagram = value;
    }

    /// <summary>How many nodes were added (<c>created_node_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? CreatedNodeCount { get; init; }

    /// <summary>How many edges were added (<c>created_edge_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? CreatedEdgeCount { get; init; }

    /// <summary>What FLORA did not apply as written (<c>warnings</c>), for example a re-declared node made anew.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<string> Warnings
    {
        get => (IReadOnlyList<string>?)_warnings ?? [];
        init => _warnings = ValueList<string>.From(value);
    }
}

using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>
/// A project canvas's complete definition (<c>definition</c>): nodes, edges, each node's inputs and outputs, and Layer
/// Editor documents. What <c>RetrieveDefinitionAsync</c> answers, <c>ReplaceDefinitionAsync</c> takes back as it is:
/// fields this SDK does not model are kept (<see cref="FloraObject.AdditionalProperties"/> on every record) and sent again.
/// </summary>
/// <remarks>Reading is lenient: missing lists and maps read as empty ones, and are sent as <c>[]</c> and <c>{}</c>.</remarks>
public sealed record CanvasDefinition : FloraObject
{
    private readonly IReadOnlyList<CanvasDefinitionNode>? _nodes;
    private readonly IReadOnlyList<CanvasDefinitionEdge>? _edges;
    private readonly IReadOnlyDictionary<string, JsonNode?>? _nodeInputs;
    private readonly IReadOnlyDictionary<string, JsonNode?>? _nodeOutputs;

    /// <summary>Every node, in canvas order (<c>nodes</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<CanvasDefinitionNode> Nodes
    {
        get => _nodes ?? [];
        init => _nodes = value;
    }

    /// <summary>Every edge (<c>edges</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<CanvasDefinitionEdge> Edges
    {
        get => _edges ?? [];
        init => _edges = value;
    }

    /// <summary>Each node's generation and action inputs, by node id (<c>node_inputs</c>), as FLORA sends them.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, JsonNode?> NodeInputs
    {
        get => _nodeInputs ?? s_empty;
        init => _nodeInputs = value;
    }

    /// <summary>Each node's current durable output, by node id (<c>node_outputs</c>), as FLORA sends them.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, JsonNode?> NodeOutputs
    {
        get => _nodeOutputs ?? s_empty;
        init => _nodeOutputs = value;
    }

    /// <summary>Layer Editor documents by Layer Editor node id (<c>layer_editor_documents</c>); null when the canvas has none.</summary>
    public IReadOnlyDictionary<string, JsonNode?>? LayerEditorDocuments { get; init; }

    private static readonly IReadOnlyDictionary<string, JsonNode?> s_empty = new Dictionary<string, JsonNode?>();
}

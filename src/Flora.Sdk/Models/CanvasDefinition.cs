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
    private readonly ValueList<CanvasDefinitionNode>? _nodes;
    private readonly ValueList<CanvasDefinitionEdge>? _edges;
    private readonly ValueMap<JsonNode?>? _nodeInputs;
    private readonly ValueMap<JsonNode?>? _nodeOutputs;
    private readonly ValueMap<JsonNode?>? _layerEditorDocuments;

    /// <summary>Every node, in canvas order (<c>nodes</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<CanvasDefinitionNode> Nodes
    {
        get => (IReadOnlyList<CanvasDefinitionNode>?)_nodes ?? [];
        init => _nodes = ValueList<CanvasDefinitionNode>.From(value);
    }

    /// <summary>Every edge (<c>edges</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<CanvasDefinitionEdge> Edges
    {
        get => (IReadOnlyList<CanvasDefinitionEdge>?)_edges ?? [];
        init => _edges = ValueList<CanvasDefinitionEdge>.From(value);
    }

    /// <summary>Each node's generation and action inputs, by node id (<c>node_inputs</c>), as FLORA sends them.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, JsonNode?> NodeInputs
    {
        get => _nodeInputs ?? s_empty;
        init => _nodeInputs = ValueMap<JsonNode?>.From(value);
    }

    /// <summary>Each node's current durable output, by node id (<c>node_outputs</c>), as FLORA sends them.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyDictionary<string, JsonNode?> NodeOutputs
    {
        get => _nodeOutputs ?? s_empty;
        init => _nodeOutputs = ValueMap<JsonNode?>.From(value);
    }

    /// <summary>Layer Editor documents by Layer Editor node id (<c>layer_editor_documents</c>); null when the canvas has none.</summary>
    public IReadOnlyDictionary<string, JsonNode?>? LayerEditorDocuments
    {
        get => _layerEditorDocuments;
        init => _layerEditorDocuments = ValueMap<JsonNode?>.From(value);
    }

    private static readonly IReadOnlyDictionary<string, JsonNode?> s_empty = new Dictionary<string, JsonNode?>();
}

using System.Text.Json.Nodes;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// One node of a project canvas. <see cref="Type"/> is FLORA's canvas node type (<c>emptyImageBlock</c>, <c>codeBlock</c>…);
/// <see cref="Data"/> its durable configuration, from which the graph reads <c>label</c>, <c>prompt</c>, <c>model</c>,
/// <c>model_id</c>, <c>params</c>, <c>action_id</c> and <c>content_url</c>. Guarded by <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class CanvasNode
{
    /// <summary>The node's UUID (the definition's <c>id</c>, the graph's <c>node_id</c>), stable for its life.</summary>
    public required string NodeId { get; init; }

    /// <summary>The short id (<c>n1</c>) reads report and writes accept, stable for the node's life.</summary>
    public required string ShortId { get; init; }

    public required string Type { get; set; }

    public JsonObject Data { get; set; } = [];

    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>The parent group's <see cref="NodeId"/>, or null.</summary>
    public string? ParentId { get; set; }

    /// <summary>The definition's other optional fields (width, height, hidden, style…), kept as sent.</summary>
    public JsonObject Extras { get; set; } = [];

    /// <summary>The node's entry of <c>node_inputs</c>.</summary>
    public JsonObject Inputs { get; set; } = [];

    /// <summary>The node's entry of <c>node_outputs</c> (<c>url</c> or <c>text</c> of its current output).</summary>
    public JsonObject Outputs { get; set; } = [];

    /// <summary>The run this node last started (<c>nodes/run</c> or an action run), whose state its status follows.</summary>
    public string? RunId { get; set; }

    public string AgentType => CanvasTypes.AgentType(Type);

    public string? Text(string key) => Data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>One edge of a canvas, between two nodes' <see cref="CanvasNode.NodeId"/>s.</summary>
internal sealed class CanvasEdge
{
    public required string EdgeId { get; init; }

    public required string Source { get; init; }

    public required string Target { get; init; }

    public string? SourceHandle { get; init; }

    /// <summary>The input slot the edge lands in (the graph's <c>in</c>), or null.</summary>
    public string? TargetHandle { get; init; }

    public JsonObject? Data { get; init; }

    public string? RendererType { get; init; }
}

/// <summary>FLORA's canvas node types and the agent vocabulary (<c>image</c>, <c>action</c>…) the graph and changesets use.</summary>
internal static class CanvasTypes
{
    /// <summary>The node types of FLORA's TypeScript SDK 0.11.0 canvas definition.</summary>
    public static readonly string[] DefinitionTypes =
    [
        "videoBlock", "textBlock", "comment", "group", "ghost", "virtualSourceNode", "emptyImageBlock", "outpaintImageBlock",
        "inpaintImageBlock", "staticImageBlock", "staticVideoBlock", "resultImageBlock", "resultVideoBlock", "resultTextBlock",
        "audioBlock", "resultAudioBlock", "staticAudioBlock", "techniqueBlock", "layerEditorNode", "videoEditorNode",
        "collectionNode", "routerNode", "switchNode", "elementNode", "textLabel", "codeBlock", "documentNode", "exportNode",
        "webcamNode", "model3dNode",
    ];

    /// <summary>The types a changeset's <c>add</c> takes.</summary>
    public static readonly string[] AddTypes = ["image", "video", "text", "audio", "group", "static_image", "layer_editor"];

    /// <summary>The agent types that generate (run with <c>nodes/run</c>).</summary>
    public static bool Generates(CanvasNode node) => node.AgentType is "image" or "video" or "text" or "audio" && node.Text("content_url") is null;

    public static string AgentType(string type) => type switch
    {
        "staticImageBlock" => "static_image",
        "emptyImageBlock" or "outpaintImageBlock" or "inpaintImageBlock" or "resultImageBlock" => "image",
        "videoBlock" or "resultVideoBlock" or "staticVideoBlock" or "videoEditorNode" => "video",
        "textBlock" or "resultTextBlock" or "documentNode" => "text",
        "audioBlock" or "resultAudioBlock" or "staticAudioBlock" => "audio",
        "codeBlock" => "action",
        "techniqueBlock" => "technique",
        "layerEditorNode" => "layer_editor",
        "collectionNode" => "batch",
        "textLabel" => "label",
        "routerNode" => "router",
        "switchNode" => "switch",
        "exportNode" => "export",
        "elementNode" => "element",
        _ => type,
    };

    /// <summary>The canvas type a node of <paramref name="agentType"/> gets (a static block when it has media).</summary>
    public static string DefinitionType(string agentType, bool hasContent) => (agentType, hasContent) switch
    {
        ("image", true) or ("static_image", _) => "staticImageBlock",
        ("video", true) => "staticVideoBlock",
        ("audio", true) => "staticAudioBlock",
        ("image", false) => "emptyImageBlock",
        ("video", false) => "videoBlock",
        ("audio", false) => "audioBlock",
        ("text", _) => "textBlock",
        ("action", _) => "codeBlock",
        ("layer_editor", _) => "layerEditorNode",
        _ => "group",
    };

    /// <summary>The word a Mermaid label ends with, <c>(Image)</c>, for a node of <paramref name="agentType"/>.</summary>
    public static string MermaidWord(string agentType) => agentType switch
    {
        "image" or "static_image" => "Image",
        "video" => "Video",
        "audio" => "Audio",
        "text" => "Text",
        "action" => "Action",
        "group" => "Group",
        _ => "Node",
    };
}

using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>A node of a project graph (an item of <c>nodes</c>): its ids, type, label, prompt, model, position, status and output.</summary>
/// <remarks>A missing <c>id</c>, <c>node_id</c>, <c>type</c> or <c>label</c> reads as <c>""</c>.</remarks>
public sealed record ProjectGraphNode : FloraObject
{
    private readonly JsonBox<JsonObject> _params;
    private readonly string? _id;
    private readonly string? _nodeId;
    private readonly string? _type;
    private readonly string? _label;

    /// <summary>The short id (<c>id</c>), stable across reads: what edges, changesets and node runs name.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = value;
    }

    /// <summary>The node's UUID (<c>node_id</c>), stable for the node's life.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string NodeId
    {
        get => _nodeId ?? string.Empty;
        init => _nodeId = value;
    }

    /// <summary>The node type in the agent's words (<c>type</c>), for example <c>image</c>, <c>video</c>, <c>text</c>, <c>action</c> or <c>group</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>The display label (<c>label</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Label
    {
        get => _label ?? string.Empty;
        init => _label = value;
    }

    /// <summary>The generation prompt (<c>prompt</c>), or null.</summary>
    public string? Prompt { get; init; }

    /// <summary>The model's name (<c>model</c>), or null when the node generates nothing.</summary>
    public string? Model { get; init; }

    /// <summary>The model's endpoint id (<c>model_id</c>); preferred over <see cref="Model"/>, it survives renames.</summary>
    public string? ModelId { get; init; }

    /// <summary>The model parameters except the prompt (<c>params</c>), as FLORA sends them; null when none are set.</summary>
    public JsonObject? Params
    {
        get => _params.Value;
        init => _params = new(value);
    }

    /// <summary>The action node's settings (<c>action</c>); null for every other node type.</summary>
    public ProjectGraphNodeAction? Action { get; init; }

    /// <summary>The absolute position, parent groups resolved (<c>position</c>).</summary>
    public CanvasPosition? Position { get; init; }

    /// <summary>The generation status (<c>status</c>): <c>idle</c>, <c>generating</c>, <c>done</c> or <c>error</c>; null for nodes without one.</summary>
    public string? Status { get; init; }

    /// <summary>The node's current text output (<c>output_text</c>), or null.</summary>
    public string? OutputText { get; init; }

    /// <summary>The URL of the node's current media output (<c>output_url</c>), or null.</summary>
    public string? OutputUrl { get; init; }

    /// <summary>The failure code (<c>error_code</c>), when <see cref="Status"/> is <c>error</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The failure message for people (<c>error_message</c>), when <see cref="Status"/> is <c>error</c>.</summary>
    public string? ErrorMessage { get; init; }
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>A node of a canvas definition (an item of <c>nodes</c>): its id, FLORA type, configuration, position and layout.</summary>
/// <remarks>A missing <c>id</c> or <c>type</c> reads as <c>""</c>; a number sent as a string is read.</remarks>
public sealed record CanvasDefinitionNode : FloraObject
{
    private readonly JsonBox<JsonObject> _data;
    private readonly JsonBox<JsonNode> _extent;
    private readonly JsonBox<JsonNode> _origin;
    private readonly JsonBox<JsonObject> _style;
    private readonly string? _id;
    private readonly string? _type;

    /// <summary>The canvas node's id (<c>id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = value;
    }

    /// <summary>FLORA's node type (<c>type</c>), for example <c>textBlock</c>, <c>staticImageBlock</c> or <c>group</c>; kept as sent.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>The node's durable configuration (<c>data</c>), as FLORA sends it.</summary>
    public JsonObject? Data
    {
        get => _data.Value;
        init => _data = new(value);
    }

    /// <summary>The node's position (<c>position</c>); when replacing, a node without one is laid out automatically.</summary>
    public CanvasPosition? Position { get; init; }

    /// <summary>The parent group's node id (<c>parent_id</c>).</summary>
    public string? ParentId { get; init; }

    /// <summary>The authored width (<c>width</c>).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? Width { get; init; }

    /// <summary>The authored height (<c>height</c>).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? Height { get; init; }

    /// <summary>The stacking order (<c>z_index</c>).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? ZIndex { get; init; }

    /// <summary>Whether the node is hidden (<c>hidden</c>).</summary>
    public bool? Hidden { get; init; }

    /// <summary>Whether moving the node may grow its parent group (<c>expand_parent</c>).</summary>
    public bool? ExpandParent { get; init; }

    /// <summary>The movement extent (<c>extent</c>): <c>"parent"</c> or an array, as FLORA sends it.</summary>
    public JsonNode? Extent
    {
        get => _extent.Value;
        init => _extent = new(value);
    }

    /// <summary>The node origin (<c>origin</c>), an array as FLORA sends it.</summary>
    public JsonNode? Origin
    {
        get => _origin.Value;
        init => _origin = new(value);
    }

    /// <summary>The durable style properties (<c>style</c>), as FLORA sends them.</summary>
    public JsonObject? Style
    {
        get => _style.Value;
        init => _style = new(value);
    }
}

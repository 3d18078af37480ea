using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>An edge of a canvas definition (an item of <c>edges</c>): its id and the node ids and handles it joins.</summary>
/// <remarks>A missing <c>id</c>, <c>source</c> or <c>target</c> reads as <c>""</c>. The handles are always sent, as <c>null</c> when unset.</remarks>
public sealed record CanvasDefinitionEdge : FloraObject
{
    private readonly JsonBox<JsonObject> _data;
    private readonly string? _id;
    private readonly string? _source;
    private readonly string? _target;

    /// <summary>The edge's id (<c>id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = value;
    }

    /// <summary>The source node's id (<c>source</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Source
    {
        get => _source ?? string.Empty;
        init => _source = value;
    }

    /// <summary>The source handle (<c>source_handle</c>), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SourceHandle { get; init; }

    /// <summary>The target node's id (<c>target</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Target
    {
        get => _target ?? string.Empty;
        init => _target = value;
    }

    /// <summary>The target handle (<c>target_handle</c>), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? TargetHandle { get; init; }

    /// <summary>The edge's renderer type (<c>type</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The edge's durable configuration (<c>data</c>), as FLORA sends it.</summary>
    public JsonObject? Data
    {
        get => _data.Value;
        init => _data = new(value);
    }
}

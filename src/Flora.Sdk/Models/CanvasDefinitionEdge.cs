using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>An edge of a canvas definition (an item of <c>edges</c>): its id and the node ids and handles it joins.</summary>
/// <remarks>A missing <c>id</c>, <c>source</c> or <c>target</c> reads as <c>""</c>. The handles are always sent, as <c>null</c> when unset.</remarks>
public sealed record CanvasDefinitionEdge : FloraObject
{
    /// <summary>The edge's id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The source node's id (<c>source</c>).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The source handle (<c>source_handle</c>), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SourceHandle { get; init; }

    /// <summary>The target node's id (<c>target</c>).</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>The target handle (<c>target_handle</c>), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? TargetHandle { get; init; }

    /// <summary>The edge's renderer type (<c>type</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The edge's durable configuration (<c>data</c>), as FLORA sends it.</summary>
    public JsonObject? Data { get; init; }
}

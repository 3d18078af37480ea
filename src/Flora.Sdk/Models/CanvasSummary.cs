using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The counts FLORA gives with a canvas (<c>summary</c>): nodes, edges, groups, isolated nodes and workflows.</summary>
/// <remarks>Reading is lenient: a missing count reads as <see langword="null"/>, and a count sent as a fraction is truncated.</remarks>
public sealed record CanvasSummary : FloraObject
{
    /// <summary>How many nodes the canvas has (<c>node_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? NodeCount { get; init; }

    /// <summary>How many edges the canvas has (<c>edge_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? EdgeCount { get; init; }

    /// <summary>How many groups the canvas has (<c>group_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? GroupCount { get; init; }

    /// <summary>How many nodes have no edge (<c>isolated_node_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? IsolatedNodeCount { get; init; }

    /// <summary>How many connected workflows the canvas has (<c>workflow_count</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? WorkflowCount { get; init; }
}

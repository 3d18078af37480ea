using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>What a changeset did (<c>applied</c>): the counts of nodes and edges added, changed and removed.</summary>
public sealed record CanvasChangesetApplied : FloraObject
{
    /// <summary>Nodes created (<c>added</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Added { get; init; }

    /// <summary>Update operations that changed at least one field (<c>updated</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Updated { get; init; }

    /// <summary>Edges created (<c>connected</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Connected { get; init; }

    /// <summary>Edges removed (<c>disconnected</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Disconnected { get; init; }

    /// <summary>Nodes deleted, group members included (<c>removed</c>).</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Removed { get; init; }
}

using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>One media node on a project's canvas, from a page of <c>GET /projects/{projectId}/nodes</c>.</summary>
public sealed record ProjectListNodesResponse : FloraObject
{
    /// <summary>The canvas node's id.</summary>
    public string NodeId { get; init; } = string.Empty;

    /// <summary>The node's media type: <c>image</c>, <c>video</c>, <c>audio</c> or <c>text</c> today; kept as sent.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The asset shown on the node, when it is one.</summary>
    public string? AssetId { get; init; }

    /// <summary>The node's output URL (or, for a text node, its text).</summary>
    public string? Url { get; init; }

    /// <summary>The node's label (an uploaded asset's name).</summary>
    public string? Label { get; init; }

    /// <summary>The width in pixels, when known.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Width { get; init; }

    /// <summary>The height in pixels, when known.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Height { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>The body of <c>PATCH /projects/{projectId}/canvas</c>: a Mermaid flowchart whose nodes and edges are added to the canvas.</summary>
/// <remarks>
/// The patch only adds: re-declaring an existing node id with a label makes a new node (FLORA answers a warning). To
/// wire to an existing node, name its short id in an edge without a label.
/// </remarks>
public sealed record ProjectCanvasUpdateParams
{
    /// <summary>The Mermaid flowchart to apply (<c>diagram</c>), for example <c>graph LR\n  a["Photo (Image)"] --> b["Campaign image (Image)"]</c>; not blank.</summary>
    public required string Diagram { get; init; }

    /// <summary>Per-node settings keyed by Mermaid node id (<c>node_params</c>), for example <c>{"img1": {ContentUrl = "https://…"}}</c>.</summary>
    public IReadOnlyDictionary<string, CanvasNodeParams>? NodeParams { get; init; }
}

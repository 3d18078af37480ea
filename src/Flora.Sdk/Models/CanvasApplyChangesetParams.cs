namespace Flora.Sdk.Models;

/// <summary>
/// The body of <c>POST /workspaces/{workspaceId}/projects/{projectId}/canvas/changeset</c>: operations that apply together,
/// as one transaction, in the order add, update, connect, disconnect, remove; if one is invalid, none applies.
/// </summary>
/// <remarks>Removal is immediate and cannot be undone through the API: a removed node takes its edges and group members with it.</remarks>
public sealed record CanvasApplyChangesetParams
{
    /// <summary>Nodes to create (<c>add</c>); groups are created before their members.</summary>
    public IReadOnlyList<CanvasAddOperation>? Add { get; init; }

    /// <summary>Existing nodes to change (<c>update</c>), one operation per node.</summary>
    public IReadOnlyList<CanvasUpdateOperation>? Update { get; init; }

    /// <summary>Edges to create (<c>connect</c>); an end may be a ref added by this changeset.</summary>
    public IReadOnlyList<CanvasEdgeOperation>? Connect { get; init; }

    /// <summary>Edges to remove (<c>disconnect</c>), by their ends as the graph reports them.</summary>
    public IReadOnlyList<CanvasEdgeOperation>? Disconnect { get; init; }

    /// <summary>Nodes to delete (<c>remove</c>), with their edges and group members.</summary>
    public IReadOnlyList<CanvasRemoveOperation>? Remove { get; init; }
}

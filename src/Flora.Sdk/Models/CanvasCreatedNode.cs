namespace Flora.Sdk.Models;

/// <summary>A node a changeset created (a value of <c>created</c>): the ids it answers to from now on.</summary>
public sealed record CanvasCreatedNode : FloraObject
{
    /// <summary>The node's short id (<c>id</c>).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The node's UUID (<c>node_id</c>).</summary>
    public string NodeId { get; init; } = string.Empty;
}

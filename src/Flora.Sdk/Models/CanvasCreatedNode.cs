namespace Flora.Sdk.Models;

/// <summary>A node a changeset created (a value of <c>created</c>): the ids it answers to from now on.</summary>
public sealed record CanvasCreatedNode : FloraObject
{
    private readonly string? _id;
    private readonly string? _nodeId;

    /// <summary>The node's short id (<c>id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Id
    {
        get => _id ?? string.Empty;
        init => _id = value;
    }

    /// <summary>The node's UUID (<c>node_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string NodeId
    {
        get => _nodeId ?? string.Empty;
        init => _nodeId = value;
    }
}

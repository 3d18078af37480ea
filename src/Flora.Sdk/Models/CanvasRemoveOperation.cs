namespace Flora.Sdk.Models;

/// <summary>A node to delete in a changeset (an item of <c>remove</c>).</summary>
public sealed record CanvasRemoveOperation
{
    /// <summary>The node to delete (<c>id</c>): its short id or UUID.</summary>
    public required string Id { get; init; }
}

namespace Flora.Sdk.Models;

/// <summary>An edge to create or remove in a changeset (an item of <c>connect</c> or <c>disconnect</c>), by its ends.</summary>
public sealed record CanvasEdgeOperation
{
    /// <summary>The source node (<c>from</c>): a short id, a UUID, or a ref added by this changeset.</summary>
    public required string From { get; init; }

    /// <summary>The target node (<c>to</c>): a short id, a UUID, or a ref added by this changeset.</summary>
    public required string To { get; init; }

    /// <summary>
    /// The target's input slot (<c>in</c>), for example <c>image</c> or <c>enabled</c>. Left out: a connect lets the target
    /// take the edge by modality, a disconnect removes every edge between the two.
    /// </summary>
    public string? In { get; init; }
}

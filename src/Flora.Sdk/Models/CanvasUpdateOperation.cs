using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>A change to an existing node in a changeset (an item of <c>update</c>); fields left null are not changed.</summary>
public sealed record CanvasUpdateOperation
{
    /// <summary>The node to change (<c>id</c>): its short id or UUID.</summary>
    public required string Id { get; init; }

    /// <summary>The new display label (<c>label</c>).</summary>
    public string? Label { get; init; }

    /// <summary>The new prompt (<c>prompt</c>).</summary>
    public string? Prompt { get; init; }

    /// <summary>The new model's name or endpoint id (<c>model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Parameters merged key by key into the node's (<c>params</c>); on an action node, the action's parameter values.</summary>
    public JsonObject? Params { get; init; }

    /// <summary>The new absolute position (<c>position</c>).</summary>
    public CanvasPosition? Position { get; init; }
}

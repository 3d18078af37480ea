using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>A node to create in a changeset (an item of <c>add</c>).</summary>
public sealed record CanvasAddOperation
{
    /// <summary>Your handle for the new node (<c>ref</c>): other operations of the changeset may name it, and the answer maps it to the node's ids.</summary>
    public required string Ref { get; init; }

    /// <summary>The node type (<c>type</c>): <c>image</c>, <c>video</c>, <c>text</c>, <c>audio</c>, <c>group</c>, <c>static_image</c> or <c>layer_editor</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The display label (<c>label</c>).</summary>
    public string? Label { get; init; }

    /// <summary>The generation prompt (<c>prompt</c>); not with <see cref="ContentUrl"/>.</summary>
    public string? Prompt { get; init; }

    /// <summary>The model's name or endpoint id (<c>model</c>); left out, the modality's default model.</summary>
    public string? Model { get; init; }

    /// <summary>The model's parameters (<c>params</c>), checked against its schema.</summary>
    public JsonObject? Params { get; init; }

    /// <summary>An HTTPS URL of existing media to place instead of generating (<c>content_url</c>); not with a prompt, model or params.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>The group to put the node in (<c>group</c>): a group's short id or UUID, or the ref of a group this changeset adds.</summary>
    public string? Group { get; init; }

    /// <summary>The absolute position (<c>position</c>); left out, the node goes below the canvas's content.</summary>
    public CanvasPosition? Position { get; init; }
}

using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>One node's settings in a canvas update (<c>node_params</c> of <c>PATCH /projects/{projectId}/canvas</c>).</summary>
public sealed record CanvasNodeParams
{
    /// <summary>An HTTPS URL of existing image, video or audio to place as a static node (<c>content_url</c>); not with <see cref="Prompt"/>.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>The generation prompt (<c>prompt</c>); when left out, the node's label is the prompt. Not with <see cref="ContentUrl"/>.</summary>
    public string? Prompt { get; init; }

    /// <summary>The model to generate with (<c>model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>The model's parameters (<c>model_parameters</c>), as FLORA takes them.</summary>
    public JsonObject? ModelParameters { get; init; }

    /// <summary>The aspect ratio (<c>aspect_ratio</c>), for example <c>16:9</c>.</summary>
    public string? AspectRatio { get; init; }

    /// <summary>The resolution (<c>resolution</c>).</summary>
    public string? Resolution { get; init; }
}

using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /generate</c> (and <c>POST /runs/generation</c>): a prompt for a model, in a project.</summary>
public sealed record GenerationCreateParams
{
    /// <summary>The workspace the generation belongs to (<c>workspace_id</c>, starts <c>ws_</c>).</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The project the generation belongs to (<c>project_id</c>, starts <c>prj_</c>).</summary>
    public required string ProjectId { get; init; }

    /// <summary>What to make (<c>prompt</c>); not blank.</summary>
    public required string Prompt { get; init; }

    /// <summary>The kind of media to make (<c>type</c>): one of <see cref="GenerationType"/>.</summary>
    public required string Type { get; init; }

    /// <summary>The model to use (<c>model</c>, a <see cref="ModelInfo.ModelId"/>); FLORA's default for the type when not set.</summary>
    public string? Model { get; init; }

    /// <summary>The model's parameters (<c>params</c>) by name, as <see cref="ModelInfo.Params"/> describes them.</summary>
    public IReadOnlyDictionary<string, JsonNode?>? Params { get; init; }

    /// <summary>An https URL FLORA posts a signed webhook to when the generation ends (<c>callback_url</c>).</summary>
    public Uri? CallbackUrl { get; init; }
}

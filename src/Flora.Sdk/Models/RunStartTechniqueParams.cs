using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /runs/technique</c>: which technique to run, in which workspace, on which inputs.</summary>
public sealed record RunStartTechniqueParams
{
    /// <summary>The technique's id or slug (<c>technique_id</c>).</summary>
    public required string TechniqueId { get; init; }

    /// <summary>The workspace the run belongs to (<c>workspace_id</c>, starts <c>ws_</c>).</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The technique's inputs by input id (<c>inputs</c>), each value as FLORA takes it.</summary>
    public required IReadOnlyDictionary<string, JsonNode?> Inputs { get; init; }
}

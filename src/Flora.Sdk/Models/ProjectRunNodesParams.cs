namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /workspaces/{workspaceId}/projects/{projectId}/nodes/run</c>: the canvas nodes to run.</summary>
public sealed record ProjectRunNodesParams
{
    /// <summary>
    /// The nodes to run (<c>node_ids</c>), each a short id or node UUID as <c>GraphAsync</c> reports it; 1 to 50, none blank.
    /// Connected nodes run in dependency order; each node runs with the model, prompt and inputs it already has.
    /// </summary>
    public required IReadOnlyList<string> NodeIds { get; init; }
}

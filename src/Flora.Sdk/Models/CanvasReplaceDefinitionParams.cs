namespace Flora.Sdk.Models;

/// <summary>The body of <c>PUT /workspaces/{workspaceId}/projects/{projectId}/canvas/definition</c>: the complete definition that replaces the canvas.</summary>
public sealed record CanvasReplaceDefinitionParams
{
    /// <summary>The complete definition (<c>definition</c>); nodes without a position are laid out automatically.</summary>
    public required CanvasDefinition Definition { get; init; }
}

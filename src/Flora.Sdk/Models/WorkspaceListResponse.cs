namespace Flora.Sdk.Models;

/// <summary>The response of <c>GET /workspaces</c>: every workspace the API key can use (not paged).</summary>
public sealed record WorkspaceListResponse
{
    private readonly IReadOnlyList<Workspace>? _workspaces;

    /// <summary>The workspaces; empty, never <see langword="null"/>, when there are none.</summary>
    public IReadOnlyList<Workspace> Workspaces
    {
        get => _workspaces ?? [];
        init => _workspaces = value;
    }
}

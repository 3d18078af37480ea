namespace Flora.Sdk.Testing;

/// <summary>A workspace the emulator lists at <c>GET /workspaces</c>; seed them with <see cref="FloraEmulatorOptions.Workspaces"/>.</summary>
public sealed record EmulatedWorkspace
{
    /// <summary>The workspace id (<c>ws_…</c>).</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The workspace's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The API key's role in the workspace, as FLORA reports it.</summary>
    /// <value>Defaults to <c>owner</c>.</value>
    public string Role { get; init; } = "owner";

    /// <summary>When the workspace was created; null is sent as <c>created_at: null</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}

namespace Flora.Sdk.Testing;

/// <summary>
/// A project the emulator lists at <c>GET /projects</c>; seed them with <see cref="FloraEmulatorOptions.Projects"/>.
/// A create or attach naming a <c>prj_</c> id the emulator does not hold makes that project in the asset's workspace.
/// </summary>
public sealed record EmulatedProject
{
    /// <summary>The project id (<c>prj_…</c>).</summary>
    public required string ProjectId { get; init; }

    /// <summary>The project's name; the <c>query</c> filter of the project list matches it.</summary>
    public required string Name { get; init; }

    /// <summary>The workspace the project belongs to (<c>ws_…</c>).</summary>
    public required string WorkspaceId { get; init; }

    /// <summary>The project's origin as FLORA reports it (for example <c>api</c>), or null.</summary>
    public string? Origin { get; init; }

    /// <summary>When the project was created; defaults to the emulator's start time.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the project last changed (an asset placed on it); null until then.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The project folder (<c>fld_…</c>) it was created in with <c>POST /workspaces/{ws}/folders/{folderId}/projects</c>, or null.</summary>
    public string? FolderId { get; init; }
}

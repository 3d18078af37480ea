namespace Flora.Sdk.Testing;

/// <summary>The routes the <see cref="FloraEmulator"/> serves, used to aim faults and to count requests.</summary>
public enum EmulatorRoute
{
    /// <summary><c>POST /api/v1/assets</c>: create an asset (JSON, or multipart with the bytes) or reserve a signed upload.</summary>
    Create,

    /// <summary><c>POST /api/v1/assets/{assetId}/complete</c>.</summary>
    Complete,

    /// <summary><c>POST /api/v1/assets/{assetId}/retry</c>.</summary>
    Retry,

    /// <summary><c>GET /api/v1/assets</c>.</summary>
    List,

    /// <summary><c>GET /api/v1/assets/{assetId}</c>.</summary>
    Retrieve,

    /// <summary><c>POST /api/v1/projects/{projectId}/assets/{assetId}/attach</c>.</summary>
    Attach,

    /// <summary><c>POST</c> or <c>PUT /upload/{token}</c>: the signed upload target (not under the API key).</summary>
    Upload,

    /// <summary><c>GET /files/{assetId}/{name}</c>: an uploaded asset's bytes, when <see cref="FloraEmulatorOptions.StoreUploads"/> is on.</summary>
    Content,

    /// <summary>Any path the emulator does not serve (answered 404 <c>not_found</c>).</summary>
    Unknown,

    /// <summary><c>GET /api/v1/workspaces</c>: the workspaces the key can use (not paged).</summary>
    ListWorkspaces,

    /// <summary><c>GET /api/v1/projects?workspace_id=…</c>: a workspace's projects, in cursor pages.</summary>
    ListProjects,

    /// <summary><c>POST /api/v1/projects</c>: create a project.</summary>
    CreateProject,

    /// <summary><c>GET /api/v1/projects/{projectId}</c>: one project.</summary>
    RetrieveProject,

    /// <summary><c>GET /api/v1/projects/{projectId}/nodes</c>: the media nodes on a project's canvas, in cursor pages.</summary>
    ListProjectNodes,

    /// <summary><c>POST /api/v1/feedback</c>: record product feedback.</summary>
    RecordFeedback,
}

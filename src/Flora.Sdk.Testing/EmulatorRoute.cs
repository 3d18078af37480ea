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

    /// <summary><c>GET /api/v1/techniques</c>: the technique catalog, in cursor pages.</summary>
    ListTechniques,

    /// <summary><c>GET /api/v1/techniques/{techniqueId}</c>: one technique with its inputs and outputs.</summary>
    RetrieveTechnique,

    /// <summary><c>POST /api/v1/techniques/{techniqueId}/runs</c>: start a technique run (the nested route).</summary>
    CreateTechniqueRun,

    /// <summary><c>GET /api/v1/techniques/{techniqueId}/runs/{runId}</c>: one technique run.</summary>
    RetrieveTechniqueRun,

    /// <summary><c>GET /api/v1/technique-runs</c>: technique run history, newest first, in cursor pages.</summary>
    ListTechniqueRuns,

    /// <summary><c>POST /api/v1/runs/technique</c>: start a technique run (the top-level route).</summary>
    StartTechniqueRun,

    /// <summary><c>POST /api/v1/runs/generation</c>: start a generation (the deprecated top-level route).</summary>
    StartGenerationRun,

    /// <summary><c>POST /api/v1/generate</c>: start a generation.</summary>
    CreateGeneration,

    /// <summary><c>GET /api/v1/runs/{runId}</c>: any run, technique run or generation.</summary>
    RetrieveRun,

    /// <summary><c>GET /api/v1/generations</c>: generation history, newest first, in cursor pages.</summary>
    ListGenerations,

    /// <summary><c>GET /api/v1/models</c>: the model catalog (not paged), optionally of one <c>type</c>.</summary>
    ListModels,

    /// <summary><c>GET /outputs/{runId}/{name}</c>: a completed run's output bytes, when <see cref="FloraEmulatorOptions.StoreUploads"/> is on.</summary>
    RunOutput,
}

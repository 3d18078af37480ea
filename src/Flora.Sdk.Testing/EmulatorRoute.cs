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

    /// <summary><c>GET /api/v1/actions</c>: the prebuilt actions (not paged).</summary>
    ListActions,

    /// <summary><c>GET /api/v1/actions/{actionId}</c>: one prebuilt action with its inputs, outputs and parameters.</summary>
    RetrieveAction,

    /// <summary><c>POST /api/v1/runs/action</c>: start a headless action run.</summary>
    StartActionRun,

    /// <summary><c>POST /api/v1/projects/{projectId}/actions</c>: put an action node on a project's canvas.</summary>
    CreateProjectAction,

    /// <summary><c>POST /api/v1/projects/{projectId}/actions/{nodeId}/run</c>: run an action node of a canvas.</summary>
    RunProjectAction,

    /// <summary><c>GET /api/v1/projects/{projectId}/canvas</c>: a project's canvas as a Mermaid flowchart.</summary>
    RetrieveCanvas,

    /// <summary><c>PATCH /api/v1/projects/{projectId}/canvas</c>: add a Mermaid flowchart to a project's canvas.</summary>
    UpdateCanvas,

    /// <summary><c>POST /api/v1/workspaces/{workspaceId}/projects</c>: create a project in a workspace.</summary>
    CreateWorkspaceProject,

    /// <summary><c>GET /api/v1/workspaces/{workspaceId}/projects/{projectId}/graph</c>: a canvas's nodes and edges.</summary>
    RetrieveProjectGraph,

    /// <summary><c>POST /api/v1/workspaces/{workspaceId}/projects/{projectId}/nodes/run</c>: run generation nodes of a canvas.</summary>
    RunProjectNodes,

    /// <summary><c>GET /api/v1/workspaces/{workspaceId}/projects/{projectId}/canvas/definition</c>: a canvas's full definition.</summary>
    RetrieveCanvasDefinition,

    /// <summary><c>PUT /api/v1/workspaces/{workspaceId}/projects/{projectId}/canvas/definition</c>: replace a canvas's definition.</summary>
    ReplaceCanvasDefinition,

    /// <summary><c>POST /api/v1/workspaces/{workspaceId}/projects/{projectId}/canvas/changeset</c>: edit a canvas in one transaction.</summary>
    ApplyCanvasChangeset,

    /// <summary><c>POST /api/v1/workspaces/{workspaceId}/folders/{folderId}/projects</c>: create a project in a project folder.</summary>
    CreateFolderProject,

    /// <summary><c>POST /api/v1/workspaces/{workspaceId}/library/folders</c>: create a library folder.</summary>
    CreateLibraryFolder,

    /// <summary><c>DELETE /api/v1/workspaces/{workspaceId}/library/folders/{folderId}</c>: delete a library folder.</summary>
    DeleteLibraryFolder,

    /// <summary><c>POST /api/v1/workspaces/{workspaceId}/library/folders/{folderId}/items</c>: save an image or text into a library folder.</summary>
    AddLibraryFolderItem,
}

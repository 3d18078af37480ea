namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The workspaces and projects, seeded from <see cref="FloraEmulatorOptions.Workspaces"/> and
/// <see cref="FloraEmulatorOptions.Projects"/> (or one of each by default). Guarded by <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class ProjectCatalog
{
    /// <summary>The display name of the workspace made when none is seeded.</summary>
    internal const string DefaultWorkspaceName = "Emulator workspace";

    private readonly EmulatorState _state;
    private readonly List<EmulatedWorkspace> _workspaces;
    private readonly Dictionary<string, ProjectRecord> _projects = new(StringComparer.Ordinal);
    private long _sequence;

    public ProjectCatalog(EmulatorState state)
    {
        _state = state;
        var options = state.Options;
        _workspaces = options.Workspaces.Count > 0
            ? [.. options.Workspaces]
            : [new EmulatedWorkspace { WorkspaceId = options.WorkspaceId, Name = DefaultWorkspaceName, CreatedAt = state.Now }];
        var seeds = options.Projects.Count > 0
            ? options.Projects
            : [new EmulatedProject { ProjectId = options.ProjectId, Name = "Emulator project", WorkspaceId = options.WorkspaceId, Origin = "api" }];
        foreach (var seed in seeds)
        {
            Add(seed with { CreatedAt = seed.CreatedAt ?? state.Now });
        }
    }

    public IReadOnlyList<EmulatedWorkspace> Workspaces
    {
        get
        {
            _state.AssertLocked();
            return _workspaces;
        }
    }

    /// <summary>A workspace's projects by recent activity (last change, else creation), newest first.</summary>
    public List<ProjectRecord> ProjectsIn(string workspaceId)
    {
        _state.AssertLocked();
        return [.. _projects.Values
            .Where(p => p.WorkspaceId == workspaceId)
            .OrderByDescending(p => p.LastModified ?? p.CreatedAt)
            .ThenByDescending(p => p.Sequence)];
    }

    public IReadOnlyList<EmulatedProject> Snapshot()
    {
        _state.AssertLocked();
        return [.. _projects.Values.OrderBy(p => p.Sequence).Select(p => p.Snapshot)];
    }

    /// <summary>Puts <paramref name="asset"/> on the project's canvas (once) and answers its node id.</summary>
    public string Place(AssetRecord asset, string projectId)
    {
        _state.AssertLocked();
        var now = _state.Now;
        if (!_projects.TryGetValue(projectId, out var project))
        {
            // Any prj_ id is accepted, as any ws_ id is: an unknown one becomes a project in the asset's workspace.
            project = Add(new EmulatedProject { ProjectId = projectId, Name = projectId, WorkspaceId = asset.WorkspaceId, Origin = "api", CreatedAt = now });
        }

        if (!asset.NodeIds.TryGetValue(projectId, out var nodeId))
        {
            nodeId = "node_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
            asset.NodeIds[projectId] = nodeId;
            asset.ProjectIds.Add(projectId);
            project.LastModified = now;
        }

        if (project.Canvas.ByNodeId(nodeId) is null)
        {
            // The placed asset is a static media node of the one canvas model, so the graph and definition show it.
            var type = ProjectEndpoints.NodeType(asset.UploadContentType ?? asset.ContentType);
            var node = project.Canvas.Add(CanvasTypes.DefinitionType(type, hasContent: true), nodeId);
            node.Data["label"] = asset.FileName ?? asset.AssetId;
            node.Data["content_url"] = asset.Url;
            node.Data["asset_id"] = asset.AssetId;
            node.Outputs["url"] = asset.Url;
            node.Outputs["type"] = type;
        }

        return nodeId;
    }

    /// <summary>The project <paramref name="projectId"/> when it belongs to <paramref name="workspaceId"/>, else null (FLORA answers 404).</summary>
    public ProjectRecord? FindIn(string workspaceId, string projectId) =>
        Find(projectId) is { } project && project.WorkspaceId == workspaceId ? project : null;

    /// <summary>Records a change to the project's canvas (its <c>last_modified</c>).</summary>
    public void Touch(ProjectRecord project)
    {
        _state.AssertLocked();
        project.LastModified = _state.Now;
    }

    public string CanvasUrl(string projectId) => $"{_state.Origin}/projects/{Uri.EscapeDataString(projectId)}";

    /// <summary>Makes a new project (<c>POST /projects</c>) with a fresh <c>prj_</c> id.</summary>
    public ProjectRecord Create(string name, string workspaceId, string? folderId = null)
    {
        _state.AssertLocked();
        var projectId = "prj_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        return Add(new EmulatedProject { ProjectId = projectId, Name = name, WorkspaceId = workspaceId, Origin = "api", CreatedAt = _state.Now, FolderId = folderId });
    }

    public ProjectRecord? Find(string projectId)
    {
        _state.AssertLocked();
        return _projects.GetValueOrDefault(projectId);
    }

    private ProjectRecord Add(EmulatedProject project) =>
        _projects[project.ProjectId] = new ProjectRecord { Snapshot = project, Sequence = ++_sequence };
}

/// <summary>
/// One project: its public view (<see cref="Snapshot"/>, with <see cref="EmulatedProject.CreatedAt"/> always set), replaced
/// when it changes, and its creation order.
/// </summary>
internal sealed class ProjectRecord
{
    public required EmulatedProject Snapshot { get; set; }

    public required long Sequence { get; init; }

    public string ProjectId => Snapshot.ProjectId;

    public string Name => Snapshot.Name;

    public string WorkspaceId => Snapshot.WorkspaceId;

    public string? Origin => Snapshot.Origin;

    public DateTimeOffset CreatedAt => Snapshot.CreatedAt!.Value;

    /// <summary>The project's canvas: the one model every canvas route reads and writes.</summary>
    public CanvasModel Canvas { get; } = new();

    public DateTimeOffset? LastModified
    {
        get => Snapshot.LastModified;
        set => Snapshot = Snapshot with { LastModified = value };
    }
}

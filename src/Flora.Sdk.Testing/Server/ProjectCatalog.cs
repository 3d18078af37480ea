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
            _projects[seed.ProjectId] = new ProjectRecord
            {
                ProjectId = seed.ProjectId,
                Name = seed.Name,
                WorkspaceId = seed.WorkspaceId,
                Origin = seed.Origin,
                CreatedAt = seed.CreatedAt ?? state.Now,
                LastModified = seed.LastModified,
                Sequence = ++_sequence,
            };
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
        return [.. _projects.Values.OrderBy(p => p.Sequence).Select(p => p.Snapshot())];
    }

    /// <summary>Puts <paramref name="asset"/> on the project's canvas (once) and answers its node id.</summary>
    public string Place(AssetRecord asset, string projectId)
    {
        _state.AssertLocked();
        var now = _state.Now;
        if (!_projects.TryGetValue(projectId, out var project))
        {
            // Any prj_ id is accepted, as any ws_ id is: an unknown one becomes a project in the asset's workspace.
            _projects[projectId] = project = new ProjectRecord
            {
                ProjectId = projectId,
                Name = projectId,
                WorkspaceId = asset.WorkspaceId,
                Origin = "api",
                CreatedAt = now,
                Sequence = ++_sequence,
            };
        }

        if (!asset.NodeIds.TryGetValue(projectId, out var nodeId))
        {
            nodeId = "node_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
            asset.NodeIds[projectId] = nodeId;
            asset.ProjectIds.Add(projectId);
            project.LastModified = now;
        }

        return nodeId;
    }

    public string CanvasUrl(string projectId) => $"{_state.Origin}/projects/{Uri.EscapeDataString(projectId)}";

    /// <summary>Makes a new project (<c>POST /projects</c>) with a fresh <c>prj_</c> id.</summary>
    public ProjectRecord Create(string name, string workspaceId)
    {
        _state.AssertLocked();
        var projectId = "prj_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var project = new ProjectRecord
        {
            ProjectId = projectId,
            Name = name,
            WorkspaceId = workspaceId,
            Origin = "api",
            CreatedAt = _state.Now,
            Sequence = ++_sequence,
        };
        _projects[projectId] = project;
        return project;
    }

    public ProjectRecord? Find(string projectId)
    {
        _state.AssertLocked();
        return _projects.GetValueOrDefault(projectId);
    }
}

/// <summary>The mutable state of one project.</summary>
internal sealed class ProjectRecord
{
    public required string ProjectId { get; init; }

    public required string Name { get; init; }

    public required string WorkspaceId { get; init; }

    public string? Origin { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastModified { get; set; }

    public required long Sequence { get; init; }

    public EmulatedProject Snapshot() => new()
    {
        ProjectId = ProjectId,
        Name = Name,
        WorkspaceId = WorkspaceId,
        Origin = Origin,
        CreatedAt = CreatedAt,
        LastModified = LastModified,
    };
}

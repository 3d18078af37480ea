namespace Flora.Sdk.Models;

/// <summary>The answer of <c>POST /workspaces/{workspaceId}/projects/{projectId}/nodes/run</c>: one entry per requested node.</summary>
/// <remarks>It answers as soon as every run has an id; wait for each with <c>client.Runs.WaitForCompletionAsync(run.RunId)</c>.</remarks>
public sealed record ProjectRunNodesResponse : FloraObject
{
    private readonly string? _projectId;
    private readonly ValueList<ProjectNodeRun>? _runs;

    /// <summary>The project (<c>project_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ProjectId
    {
        get => _projectId ?? string.Empty;
        init => _projectId = value;
    }

    /// <summary>One entry per requested node, in the order of the request (<c>runs</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ProjectNodeRun> Runs
    {
        get => (IReadOnlyList<ProjectNodeRun>?)_runs ?? [];
        init => _runs = ValueList<ProjectNodeRun>.From(value);
    }
}

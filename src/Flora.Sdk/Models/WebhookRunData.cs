namespace Flora.Sdk.Models;

/// <summary>The run a webhook is about (<c>data</c>): which run ended, and how.</summary>
/// <remarks>Reading is lenient: a string field a server leaves out reads as <c>""</c>.</remarks>
public sealed record WebhookRunData : FloraObject
{
    private readonly string? _runId;
    private readonly string? _runType;
    private readonly string? _workspaceId;

    /// <summary>The run's id (<c>run_id</c>), for <c>client.Runs.RetrieveAsync</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string RunId
    {
        get => _runId ?? string.Empty;
        init => _runId = value;
    }

    /// <summary>What started the run (<c>run_type</c>): <c>technique</c> or <c>generation</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string RunType
    {
        get => _runType ?? string.Empty;
        init => _runType = value;
    }

    /// <summary>The workspace the run belongs to (<c>workspace_id</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string WorkspaceId
    {
        get => _workspaceId ?? string.Empty;
        init => _workspaceId = value;
    }

    /// <summary>The run's final state (<c>status</c>): <c>completed</c> or <c>failed</c>; an unknown value is kept.</summary>
    public RunStatus Status { get; init; }

    /// <summary>FLORA's machine-readable error code of a failed run (<c>error_code</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>FLORA's human-readable error message of a failed run (<c>error_message</c>).</summary>
    public string? ErrorMessage { get; init; }
}

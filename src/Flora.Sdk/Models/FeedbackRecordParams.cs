namespace Flora.Sdk.Models;

/// <summary>The body of <c>POST /feedback</c>. Optional fields left <see langword="null"/> are not sent.</summary>
public sealed record FeedbackRecordParams
{
    /// <summary>The kind of feedback: one of <see cref="FeedbackKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>A short summary; not blank.</summary>
    public required string Summary { get; init; }

    /// <summary>The detailed description; not blank.</summary>
    public required string Detail { get; init; }

    /// <summary>The tools or capabilities tried before sending this feedback.</summary>
    public IReadOnlyList<string>? AttemptedTools { get; init; }

    /// <summary>The workspace the feedback is about; starts with <c>ws_</c> when set.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>The project the feedback is about; starts with <c>prj_</c> when set.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The run the feedback is about; starts with <c>run_</c> when set.</summary>
    public string? RunId { get; init; }
}

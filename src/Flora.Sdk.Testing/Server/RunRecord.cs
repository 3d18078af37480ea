namespace Flora.Sdk.Testing.Server;

/// <summary>
/// One output of a run: its id, FLORA media type, and its url (or, for <c>text</c>, the text itself); where its bytes are
/// stored (with <see cref="FloraEmulatorOptions.StoreUploads"/>, else null) and the content type they are served with.
/// </summary>
internal sealed record RunOutputRecord(string OutputId, string Type, string Url, string? FilePath, string? ContentType);

/// <summary>
/// One run, a technique run or a generation. Its status follows the emulator's clock: <c>pending</c> for the first fifth
/// of <see cref="FloraEmulatorOptions.ProcessingTime"/>, <c>running</c> (progress rising) until it has passed, then
/// <c>completed</c>, or <c>failed</c> when <see cref="ErrorCode"/> is set. Guarded by <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class RunRecord
{
    public const string Technique = "technique";
    public const string Generation = "generation";
    public const string Action = "action";

    public required string RunId { get; init; }

    public required long Sequence { get; init; }

    /// <summary><see cref="Technique"/> or <see cref="Generation"/>.</summary>
    public required string Type { get; init; }

    public required string WorkspaceId { get; init; }

    public required string ProjectId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset RunningAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required double ChargedCost { get; init; }

    public required double EstimatedSeconds { get; init; }

    public TechniqueSpec? TechniqueSpec { get; init; }

    /// <summary>The prebuilt action of an <see cref="Action"/> run.</summary>
    public ActionSpec? ActionSpec { get; init; }

    public ModelSpec? Model { get; init; }

    /// <summary>Set for a run that will fail (a failing technique or model, or an injected fault).</summary>
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public IReadOnlyList<RunOutputRecord> Outputs { get; init; } = [];

    public Uri? CallbackUrl { get; init; }

    /// <summary>Whether its webhook event was made (once, when the run ended).</summary>
    public bool WebhookQueued { get; set; }

    /// <summary>Fires when the run ends, to deliver its webhook; disposed with the emulator.</summary>
    public ITimer? EndTimer { get; set; }

    public bool IsTerminal(DateTimeOffset now) => now >= EndsAt;

    public string Status(DateTimeOffset now) =>
        now >= EndsAt ? (ErrorCode is null ? "completed" : "failed")
        : now >= RunningAt ? "running"
        : "pending";

    /// <summary>0 while pending, 1 to 99 while running (the share of the processing time gone), 100 once ended.</summary>
    public int Progress(DateTimeOffset now)
    {
        if (now >= EndsAt)
        {
            return 100;
        }

        if (now < RunningAt)
        {
            return 0;
        }

        var share = (now - CreatedAt) / (EndsAt - CreatedAt);
        return Math.Clamp((int)(share * 100), 1, 99);
    }
}

/// <summary>Every run the emulator started, by id and in order. Guarded by <see cref="EmulatorState.Gate"/>.</summary>
internal sealed class RunBook(EmulatorState state)
{
    private readonly Dictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);
    private long _sequence;

    public long NextSequence()
    {
        state.AssertLocked();
        return ++_sequence;
    }

    public void Add(RunRecord run)
    {
        state.AssertLocked();
        _runs.Add(run.RunId, run);
    }

    public RunRecord? Find(string runId)
    {
        state.AssertLocked();
        return _runs.GetValueOrDefault(runId);
    }

    /// <summary>Runs of <paramref name="type"/>, newest first.</summary>
    public List<RunRecord> Newest(string type)
    {
        state.AssertLocked();
        return [.. _runs.Values.Where(r => r.Type == type).OrderByDescending(r => r.Sequence)];
    }

    /// <summary>Stops every pending end timer (the emulator is stopping).</summary>
    public void StopTimers()
    {
        state.AssertLocked();
        foreach (var run in _runs.Values)
        {
            run.EndTimer?.Dispose();
        }
    }
}

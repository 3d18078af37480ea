using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// A run, whatever started it (a technique run, a generation, an action): its status, progress, outputs and error. One
/// record answers every call that returns a run (<c>GET /runs/{id}</c>, a technique run's create, retrieve and list, a
/// generation's retrieve and list); a field a call does not send is <see langword="null"/>. Other fields are kept in
/// <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// Reading is lenient: a missing <c>run_id</c> reads as <c>""</c>, missing outputs as an empty list, and a time FLORA
/// sends as a number is read as Unix seconds below 1e11, else milliseconds. The nested <c>technique</c> and <c>model</c>
/// objects of list items are flattened into <see cref="TechniqueId"/>, <see cref="TechniqueName"/> and <see cref="ModelId"/>.
/// </remarks>
public sealed record Run : FloraObject
{
    private readonly string? _runId;
    private readonly IReadOnlyList<RunOutput>? _outputs;

    /// <summary>The run's id (<c>run_id</c>): what <c>client.Runs.RetrieveAsync</c> and <c>WaitForCompletionAsync</c> take.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string RunId
    {
        get => _runId ?? string.Empty;
        init => _runId = value;
    }

    /// <summary>The run's state (<c>status</c>); a value this SDK does not know is kept as it is.</summary>
    public RunStatus Status { get; init; }

    /// <summary>The progress FLORA reports (<c>progress</c>), as FLORA sends it.</summary>
    public double Progress { get; init; }

    /// <summary>The run's outputs (<c>outputs</c>), in FLORA's order; empty until the run completes.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<RunOutput> Outputs
    {
        get => _outputs ?? [];
        init => _outputs = ValueList<RunOutput>.From(value);
    }

    /// <summary>When the run was created (<c>created_at</c>).</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the run started working (<c>started_at</c>).</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the run ended (<c>completed_at</c>), completed or failed.</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>What the run cost, in USD (<c>charged_cost</c>).</summary>
    public decimal? ChargedCost { get; init; }

    /// <summary>FLORA's machine-readable error code of a failed run (<c>error_code</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>FLORA's human-readable error message of a failed run (<c>error_message</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The URL to poll the run at (<c>poll_url</c>).</summary>
    public string? PollUrl { get; init; }

    /// <summary>The workspace the run belongs to (<c>workspace_id</c>; list items carry it).</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>The project the run belongs to (<c>project_id</c>; list items carry it).</summary>
    public string? ProjectId { get; init; }

    /// <summary>The technique that ran (<c>technique.technique_id</c> of a technique run list item).</summary>
    [JsonIgnore]
    public string? TechniqueId { get; init; }

    /// <summary>The name of the technique that ran (<c>technique.name</c> of a technique run list item).</summary>
    [JsonIgnore]
    public string? TechniqueName { get; init; }

    /// <summary>The model that generated (<c>model.model_id</c> of a generation list item).</summary>
    [JsonIgnore]
    public string? ModelId { get; init; }

    /// <summary>The technique run's id (<c>technique_run_id</c> of a technique run list item; the same as <see cref="RunId"/>).</summary>
    public string? TechniqueRunId { get; init; }

    /// <summary>The generation's id (<c>generation_id</c> of a generation list item).</summary>
    public string? GenerationId { get; init; }

    // The wire's nested objects, flattened into the properties above so that they never land in AdditionalProperties.
    [JsonInclude, JsonPropertyName("technique")]
    internal TechniqueRef? TechniqueWire
    {
        get => TechniqueRef.From(TechniqueId, TechniqueName);
        init => (TechniqueId, TechniqueName) = (value?.TechniqueId, value?.Name);
    }

    [JsonInclude, JsonPropertyName("model")]
    internal ModelRef? ModelWire
    {
        get => ModelRef.From(ModelId);
        init => ModelId = value?.ModelId;
    }
}

using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// The answer to a call that starts a run (<c>POST /runs/technique</c>, <c>POST /generate</c>, an action run): the run's
/// id to poll, its kind and its cost. Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// The nested <c>technique</c>, <c>model</c> and <c>action</c> objects are flattened into <see cref="TechniqueId"/>, <see cref="TechniqueName"/>,
/// <see cref="ModelId"/> and <see cref="ActionId"/>. Reading is lenient: a missing <c>run_id</c> or <c>type</c> reads as <c>""</c>.
/// </remarks>
public sealed record RunStartResponse : FloraObject
{
    private readonly string? _runId;
    private readonly string? _type;

    /// <summary>The run's id (<c>run_id</c>): pass it to <c>client.Runs.WaitForCompletionAsync</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string RunId
    {
        get => _runId ?? string.Empty;
        init => _runId = value;
    }

    /// <summary>What kind of run started (<c>type</c>): <c>technique</c>, <c>generation</c> or <c>action</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>What starting the run was charged, in USD (<c>charged_cost</c>).</summary>
    public decimal ChargedCost { get; init; }

    /// <summary>FLORA's estimate of the run's duration in seconds (<c>estimated_seconds</c>), when it gives one.</summary>
    public int? EstimatedSeconds { get; init; }

    /// <summary>The URL to poll the run at (<c>poll_url</c>).</summary>
    public string? PollUrl { get; init; }

    /// <summary>The project the run belongs to (<c>project_id</c>).</summary>
    public string? ProjectId { get; init; }

    /// <summary>The technique that runs (<c>technique.technique_id</c>).</summary>
    [JsonIgnore]
    public string? TechniqueId { get; init; }

    /// <summary>The name of the technique that runs (<c>technique.name</c>).</summary>
    [JsonIgnore]
    public string? TechniqueName { get; init; }

    /// <summary>The model that runs (<c>model.model_id</c>).</summary>
    [JsonIgnore]
    public string? ModelId { get; init; }

    /// <summary>The action that runs (<c>action.action_id</c>).</summary>
    [JsonIgnore]
    public string? ActionId { get; init; }

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

    [JsonInclude, JsonPropertyName("action")]
    internal ActionRef? ActionWire
    {
        get => ActionRef.From(ActionId);
        init => ActionId = value?.ActionId;
    }
}

using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>One node of a node run (an item of <c>runs</c>): started, with a run id to wait for, or skipped, with a reason.</summary>
/// <remarks>The nested <c>model</c> object is flattened into <see cref="ModelId"/>. A missing <c>node_id</c> or <c>status</c> reads as <c>""</c>.</remarks>
public sealed record ProjectNodeRun : FloraObject
{
    private readonly string? _nodeId;
    private readonly string? _status;

    /// <summary>The node id as the request named it (<c>node_id</c>): a short id in is a short id out.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string NodeId
    {
        get => _nodeId ?? string.Empty;
        init => _nodeId = value;
    }

    /// <summary><c>started</c> or <c>skipped</c> (<c>status</c>); kept as sent.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Status
    {
        get => _status ?? string.Empty;
        init => _status = value;
    }

    /// <summary>The run to wait for (<c>run_id</c>), when started: <c>client.Runs.WaitForCompletionAsync</c> takes it as it is.</summary>
    public string? RunId { get; init; }

    /// <summary>The run's kind (<c>type</c>), when started: <c>generation</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The URL to poll the run at (<c>poll_url</c>), when started.</summary>
    public string? PollUrl { get; init; }

    /// <summary>The estimated cost in USD at start (<c>charged_cost</c>); null when the model is not yet decided.</summary>
    public decimal? ChargedCost { get; init; }

    /// <summary>The expected duration in seconds (<c>estimated_seconds</c>); null when the model is not yet decided.</summary>
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? EstimatedSeconds { get; init; }

    /// <summary>Why the node did not run (<c>reason</c>), when skipped: for example <c>node_not_found</c> or <c>no_model_configured</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>The skip explained for people (<c>message</c>), when skipped.</summary>
    public string? Message { get; init; }

    /// <summary>The model the node runs (<c>model.model_id</c>); null when FLORA picks it at run time.</summary>
    [JsonIgnore]
    public string? ModelId { get; init; }

    /// <summary>Whether the node started a run (<see cref="Status"/> is <c>started</c>).</summary>
    [JsonIgnore]
    public bool Started => Status == "started";

    [JsonInclude, JsonPropertyName("model")]
    internal ModelRef? ModelWire
    {
        get => ModelRef.From(ModelId);
        init => ModelId = value?.ModelId;
    }
}

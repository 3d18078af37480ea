namespace Flora.Sdk.Models;

/// <summary>One model a generation can use (an item of <c>GET /models</c>): its kind, cost, duration and parameters.</summary>
/// <remarks>Reading is lenient: a missing text field reads as <c>""</c>, missing lists as empty lists.</remarks>
public sealed record ModelInfo : FloraObject
{
    private readonly string? _modelId;
    private readonly string? _name;
    private readonly string? _provider;
    private readonly string? _type;
    private readonly IReadOnlyList<string>? _capabilities;
    private readonly IReadOnlyList<ModelParam>? _params;

    /// <summary>The model's id (<c>model_id</c>): what <see cref="GenerationCreateParams.Model"/> takes.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ModelId
    {
        get => _modelId ?? string.Empty;
        init => _modelId = value;
    }

    /// <summary>The model's display name (<c>name</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>Who provides the model (<c>provider</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Provider
    {
        get => _provider ?? string.Empty;
        init => _provider = value;
    }

    /// <summary>The kind of media the model makes (<c>type</c>): one of <see cref="GenerationType"/>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>What the model can do (<c>capabilities</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<string> Capabilities
    {
        get => _capabilities ?? [];
        init => _capabilities = ValueList<string>.From(value);
    }

    /// <summary>FLORA's estimate of a generation's cost in credits (<c>estimated_credits</c>).</summary>
    public decimal EstimatedCredits { get; init; }

    /// <summary>FLORA's estimate of a generation's duration in seconds (<c>estimated_seconds</c>).</summary>
    public int EstimatedSeconds { get; init; }

    /// <summary>Whether the model is in beta (<c>beta</c>).</summary>
    public bool? Beta { get; init; }

    /// <summary>The parameters the model takes (<c>params</c>), for <see cref="GenerationCreateParams.Params"/>.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ModelParam> Params
    {
        get => _params ?? [];
        init => _params = ValueList<ModelParam>.From(value);
    }
}

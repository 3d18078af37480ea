namespace Flora.Sdk.Models;

/// <summary>
/// A technique of FLORA's catalog (<c>GET /techniques</c>, <c>GET /techniques/{id}</c>): what it takes, what it gives and
/// what a run costs. Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>Reading is lenient: a missing <c>technique_id</c> or <c>name</c> reads as <c>""</c>, missing inputs or outputs as an empty list.</remarks>
public sealed record Technique : FloraObject
{
    private readonly string? _techniqueId;
    private readonly string? _name;
    private readonly IReadOnlyList<TechniqueField>? _inputs;
    private readonly IReadOnlyList<TechniqueField>? _outputs;

    /// <summary>The technique's id (<c>technique_id</c>, usually <c>tech_…</c>): what <c>client.Techniques.Runs.CreateAsync</c> takes.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string TechniqueId
    {
        get => _techniqueId ?? string.Empty;
        init => _techniqueId = value;
    }

    /// <summary>The technique's display name (<c>name</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>What the technique does (<c>description</c>), when FLORA says.</summary>
    public string? Description { get; init; }

    /// <summary>What one run costs, in USD (<c>run_cost</c>).</summary>
    public decimal RunCost { get; init; }

    /// <summary>The inputs a run takes (<c>inputs</c>); pass one <see cref="TechniqueRunInput"/> per input, by its <see cref="TechniqueField.Id"/>.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<TechniqueField> Inputs
    {
        get => _inputs ?? [];
        init => _inputs = ValueList<TechniqueField>.From(value);
    }

    /// <summary>The outputs a run gives (<c>outputs</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<TechniqueField> Outputs
    {
        get => _outputs ?? [];
        init => _outputs = ValueList<TechniqueField>.From(value);
    }
}

namespace Flora.Sdk.Models;

/// <summary>
/// One of FLORA's prebuilt actions, as <c>GET /actions/{actionId}</c> answers it and <c>GET /actions</c> lists it: its
/// slug, name, cost, input and output slots and parameters. Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>Reading is lenient: a missing text reads as <c>""</c> and a missing list as an empty one, never <see langword="null"/>.</remarks>
public sealed record ActionDefinition : FloraObject
{
    private readonly string? _actionId;
    private readonly string? _name;
    private readonly string? _description;
    private readonly string? _language;
    private readonly ValueList<ActionSlot> _inputs = ValueList<ActionSlot>.Empty;
    private readonly ValueList<ActionSlot> _outputs = ValueList<ActionSlot>.Empty;
    private readonly ValueList<ActionParam> _params = ValueList<ActionParam>.Empty;

    /// <summary>The action's slug (<c>action_id</c>), for example <c>rotate-image-browser</c>; see <see cref="ActionIds"/>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string ActionId
    {
        get => _actionId ?? string.Empty;
        init => _actionId = value;
    }

    /// <summary>The action's name (<c>name</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>What the action does (<c>description</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Description
    {
        get => _description ?? string.Empty;
        init => _description = value;
    }

    /// <summary>The action's runtime language (<c>language</c>): <c>javascript</c> or <c>python</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Language
    {
        get => _language ?? string.Empty;
        init => _language = value;
    }

    /// <summary>What one run costs, in USD (<c>charged_cost</c>).</summary>
    public decimal ChargedCost { get; init; }

    /// <summary>The action's input slots (<c>inputs</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ActionSlot> Inputs
    {
        get => _inputs;
        init => _inputs = ValueList<ActionSlot>.Of(value);
    }

    /// <summary>The action's output slots (<c>outputs</c>).</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ActionSlot> Outputs
    {
        get => _outputs;
        init => _outputs = ValueList<ActionSlot>.Of(value);
    }

    /// <summary>The action's parameters (<c>params</c>): each key, control type, default and allowed values.</summary>
    /// <value>Never <see langword="null"/>.</value>
    public IReadOnlyList<ActionParam> Params
    {
        get => _params;
        init => _params = ValueList<ActionParam>.Of(value);
    }
}

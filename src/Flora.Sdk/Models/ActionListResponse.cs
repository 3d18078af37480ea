namespace Flora.Sdk.Models;

/// <summary>The response of <c>GET /actions</c>: every prebuilt action the public API can run (not paged). Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.</summary>
public sealed record ActionListResponse : FloraObject
{
    private readonly ValueList<ActionDefinition> _actions = ValueList<ActionDefinition>.Empty;

    /// <summary>The actions (<c>actions</c>).</summary>
    /// <value>Never <see langword="null"/>; empty when FLORA lists none.</value>
    public IReadOnlyList<ActionDefinition> Actions
    {
        get => _actions;
        init => _actions = ValueList<ActionDefinition>.Of(value);
    }
}

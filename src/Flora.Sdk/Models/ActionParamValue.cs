namespace Flora.Sdk.Models;

/// <summary>One allowed value of an action parameter (<c>available_values[]</c>). Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.</summary>
public sealed record ActionParamValue : FloraObject
{
    private readonly string? _label;
    private readonly string? _value;

    /// <summary>The value's label (<c>label</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Label
    {
        get => _label ?? string.Empty;
        init => _label = value;
    }

    /// <summary>The value to send (<c>value</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Value
    {
        get => _value ?? string.Empty;
        init => _value = value;
    }

    /// <summary>What the value does (<c>description</c>).</summary>
    public string? Description { get; init; }
}

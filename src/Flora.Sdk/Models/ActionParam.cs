using System.Text.Json;

namespace Flora.Sdk.Models;

/// <summary>One parameter of an action (<c>params[]</c> of an action's definition). Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.</summary>
public sealed record ActionParam : FloraObject
{
    private readonly string? _key;
    private readonly string? _type;
    private readonly ValueList<ActionParamValue> _availableValues = ValueList<ActionParamValue>.Empty;

    // Kept as its JSON text, so that two parameters read from the same JSON are equal (a JsonElement compares by document).
    private readonly string? _defaultValue;

    /// <summary>The parameter's key in a run's <c>params</c> (<c>key</c>), snake_case, for example <c>hue_shift</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Key
    {
        get => _key ?? string.Empty;
        init => _key = value;
    }

    /// <summary>The parameter's control type (<c>type</c>), as FLORA names it.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>The values the parameter allows (<c>available_values</c>).</summary>
    /// <value>Never <see langword="null"/>; empty when any value goes.</value>
    public IReadOnlyList<ActionParamValue> AvailableValues
    {
        get => _availableValues;
        init => _availableValues = ValueList<ActionParamValue>.Of(value);
    }

    /// <summary>The parameter's default (<c>default_value</c>), any JSON value, as FLORA sent it.</summary>
    public JsonElement? DefaultValue
    {
        get => _defaultValue is null ? null : JsonElementText.Parse(_defaultValue);
        init => _defaultValue = value?.GetRawText();
    }

    /// <summary>What the parameter does (<c>info_tooltip</c>).</summary>
    public string? InfoTooltip { get; init; }

    /// <summary>The parameter's label (<c>label</c>).</summary>
    public string? Label { get; init; }

    /// <summary>The largest number allowed (<c>max_number_value</c>).</summary>
    public double? MaxNumberValue { get; init; }

    /// <summary>The smallest number allowed (<c>min_number_value</c>).</summary>
    public double? MinNumberValue { get; init; }

    /// <summary>The step between allowed numbers (<c>number_step</c>).</summary>
    public double? NumberStep { get; init; }
}

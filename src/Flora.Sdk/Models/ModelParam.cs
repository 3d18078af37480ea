using System.Text.Json;

namespace Flora.Sdk.Models;

/// <summary>
/// One parameter a model takes (an item of <see cref="ModelInfo.Params"/>). Its <c>options</c> (a choice's values) and
/// <c>properties</c> (a dictionary's ranges) are kept, as received, in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>Reading is lenient: a missing <c>name</c> or <c>type</c> reads as <c>""</c>.</remarks>
public sealed record ModelParam : FloraObject
{
    private readonly string? _name;
    private readonly string? _type;

    /// <summary>The parameter's name (<c>name</c>): its key in <see cref="GenerationCreateParams.Params"/>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>The parameter's type (<c>type</c>): <c>string</c>, <c>string[]</c>, <c>bool</c>, <c>int</c>, <c>int?</c>, <c>seed</c>, <c>float</c> or <c>dict</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>Whether a generation must pass it (<c>required</c>).</summary>
    public bool Required { get; init; }

    /// <summary>What the parameter does (<c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>The value used when none is passed (<c>default</c>), as received.</summary>
    public JsonElement? Default { get; init; }

    /// <summary>The parameter's display label (<c>label</c>).</summary>
    public string? Label { get; init; }

    /// <summary>The smallest value allowed (<c>min</c>).</summary>
    public double? Min { get; init; }

    /// <summary>The largest value allowed (<c>max</c>).</summary>
    public double? Max { get; init; }

    /// <summary>Compares every field by value, <see cref="Default"/> as JSON (whatever the whitespace or property order), and the unknown fields.</summary>
    /// <param name="other">The parameter to compare with.</param>
    /// <returns>Whether both carry the same fields.</returns>
    public bool Equals(ModelParam? other) =>
        ReferenceEquals(this, other)
        || (other is not null && base.Equals(other)
            && _name == other._name && _type == other._type && Required == other.Required && Description == other.Description
            && Label == other.Label && Min == other.Min && Max == other.Max
            && (Default is { } mine ? other.Default is { } theirs && JsonFields.Equal(mine, theirs) : other.Default is null));

    /// <summary>A hash consistent with <see cref="Equals(ModelParam)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() =>
        unchecked((base.GetHashCode() * 31) + (StringComparer.Ordinal.GetHashCode(_name ?? string.Empty) * 17) + StringComparer.Ordinal.GetHashCode(_type ?? string.Empty) + (Required ? 1 : 0));
}

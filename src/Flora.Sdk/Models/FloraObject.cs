using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// A body FLORA answered: its documented fields are the derived record's properties, and every other field is kept in
/// <see cref="AdditionalProperties"/>, so a field FLORA adds reaches you before this SDK models it.
/// </summary>
public abstract record FloraObject
{
    private static readonly IReadOnlyDictionary<string, JsonElement> s_none = new Dictionary<string, JsonElement>();

    private Dictionary<string, JsonElement>? _additionalProperties;

    /// <summary>The fields of the body that this record does not model, as received.</summary>
    /// <value>Never <see langword="null"/>; empty when FLORA sent only documented fields. A documented field is never in it.</value>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => _additionalProperties ?? s_none;
        init => _additionalProperties = Copy(value);
    }

    // System.Text.Json cannot fill an init-only extension-data property (it binds init-only members like constructor
    // parameters), so the serializer goes through this settable twin.
    [JsonExtensionData, JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData
    {
        get => _additionalProperties;
        set => _additionalProperties = value;
    }

    /// <summary>Compares the documented fields and the unknown ones by value: two answers with equal unknown fields are equal.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>Whether both are the same record type with equal fields, <see cref="AdditionalProperties"/> compared by content.</returns>
    /// <remarks>Unknown values are compared as JSON: strings by their text, numbers as written, objects whatever their property order.</remarks>
    public virtual bool Equals(FloraObject? other) =>
        ReferenceEquals(this, other)
        || (other is not null && EqualityContract == other.EqualityContract && JsonFields.Equal(AdditionalProperties, other.AdditionalProperties));

    /// <summary>A hash consistent with <see cref="Equals(FloraObject)"/>: equal records, unknown fields included, share it.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => unchecked((EqualityContract.GetHashCode() * -1521134295) + JsonFields.Hash(AdditionalProperties));

    private static Dictionary<string, JsonElement>? Copy(IReadOnlyDictionary<string, JsonElement>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return null;
        }

        var copy = new Dictionary<string, JsonElement>(fields.Count, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            copy[name] = value;
        }

        return copy;
    }
}

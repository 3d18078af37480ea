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

using System.Collections.ObjectModel;
using System.Text.Json;

namespace Flora.Sdk.Serialization;

/// <summary>
/// The storage behind a response record's <c>AdditionalProperties</c>: the JSON fields it does not model, kept as
/// received so that a field FLORA adds later reaches the caller. Never null for the caller: <see cref="None"/> when empty.
/// </summary>
internal static class UnmodeledFields
{
    public static readonly IReadOnlyDictionary<string, JsonElement> None = new ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    /// <summary>A copy of what a caller passes to <c>init</c>, so the record never shares a dictionary it does not own.</summary>
    public static Dictionary<string, JsonElement>? Copy(IReadOnlyDictionary<string, JsonElement>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return null;
        }

        var copy = new Dictionary<string, JsonElement>(fields.Count, StringComparer.Ordinal);
        foreach (var pair in fields)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <summary>What the serializer fills (a <see cref="Dictionary{TKey, TValue}"/> for an <see cref="IDictionary{TKey, TValue}"/> member), kept as is.</summary>
    public static Dictionary<string, JsonElement>? Adopt(IDictionary<string, JsonElement>? fields) => fields switch
    {
        null => null,
        Dictionary<string, JsonElement> dictionary => dictionary,
        _ => Copy(new ReadOnlyDictionary<string, JsonElement>(fields)),
    };
}

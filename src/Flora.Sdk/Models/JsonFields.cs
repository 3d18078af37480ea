using System.Text.Json;

namespace Flora.Sdk.Models;

/// <summary>
/// Value equality for unknown fields: two JSON values are equal when they mean the same JSON (strings by their text,
/// numbers by their written form, objects whatever their property order), whatever the whitespace FLORA sent.
/// <c>JsonElement.DeepEquals</c> would do it, but netstandard2.0 and .NET 8 lack it.
/// </summary>
internal static class JsonFields
{
    public static bool Equal(IReadOnlyDictionary<string, JsonElement> left, IReadOnlyDictionary<string, JsonElement> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var other) || !Equal(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash that equal dictionaries share: each name with its value's kind, summed so order does not matter.</summary>
    public static int Hash(IReadOnlyDictionary<string, JsonElement> fields)
    {
        var hash = fields.Count;
        foreach (var (name, value) in fields)
        {
            hash += unchecked((StringComparer.Ordinal.GetHashCode(name) * 31) + Hash(value));
        }

        return hash;
    }

    public static bool Equal(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.String:
                return string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return string.Equals(left.GetRawText(), right.GetRawText(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                return ArraysEqual(left, right);
            case JsonValueKind.Object:
                return ObjectsEqual(left, right);
            default:
                // Null, True, False and Undefined: the kind says it all.
                return true;
        }
    }

    private static bool ArraysEqual(JsonElement left, JsonElement right)
    {
        if (left.GetArrayLength() != right.GetArrayLength())
        {
            return false;
        }

        using var others = right.EnumerateArray();
        foreach (var item in left.EnumerateArray())
        {
            others.MoveNext();
            if (!Equal(item, others.Current))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(JsonElement left, JsonElement right)
    {
        var count = 0;
        foreach (var property in left.EnumerateObject())
        {
            count++;
            if (!right.TryGetProperty(property.Name, out var other) || !Equal(property.Value, other))
            {
                return false;
            }
        }

        foreach (var _ in right.EnumerateObject())
        {
            count--;
        }

        return count == 0;
    }

    // Shallow on purpose (containers hash by size): cheap, and equal values always share it.
    private static int Hash(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringComparer.Ordinal.GetHashCode(value.GetString()!),
        JsonValueKind.Number => StringComparer.Ordinal.GetHashCode(value.GetRawText()),
        JsonValueKind.Array => unchecked(((int)value.ValueKind * 31) + value.GetArrayLength()),
        JsonValueKind.Object => unchecked(((int)value.ValueKind * 31) + Count(value)),
        _ => (int)value.ValueKind,
    };

    private static int Count(JsonElement value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateObject())
        {
            count++;
        }

        return count;
    }
}

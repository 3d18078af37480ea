using System.Collections;
using System.Text.Json.Nodes;

namespace Flora.Sdk.Models;

/// <summary>
/// Value equality for what a record holds besides plain values: JSON trees compared as JSON, lists item by item,
/// dictionaries key by key. A record keeps such a member in a <see cref="ValueList{T}"/>, <see cref="ValueMap{T}"/> or
/// <see cref="JsonBox{T}"/>, so its compiler-made Equals and GetHashCode compare by content.
/// </summary>
internal static class ContentEquality
{
    public static bool Equal(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (JsonNode a, JsonNode b) => JsonNode.DeepEquals(a, b),
        _ => left.Equals(right),
    };

    // Shallow on purpose (JSON containers hash by size, values by kind): cheap, and equal values always share it.
    public static int Hash(object? value) => value switch
    {
        null => 0,
        JsonObject o => unchecked(17 + o.Count),
        JsonArray a => unchecked(31 + a.Count),
        JsonNode n => (int)n.GetValueKind(),
        _ => value.GetHashCode(),
    };
}

/// <summary>A read-only list that equals another with equal items in the same order.</summary>
internal sealed class ValueList<T>(IEnumerable<T> items) : IReadOnlyList<T>
{
    private readonly T[] _items = [.. items];

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The empty list, shared.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    public static ValueList<T>? From(IReadOnlyList<T>? items) => items is null ? null : items as ValueList<T> ?? new ValueList<T>(items);

    /// <summary>The items as a value list; <see langword="null"/> reads as <see cref="Empty"/>.</summary>
    public static ValueList<T> Of(IEnumerable<T>? items) => items switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => new(items),
    };

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override bool Equals(object? obj) =>
        obj is ValueList<T> other && other.Count == Count && _items.Select((item, i) => ContentEquality.Equal(item, other._items[i])).All(same => same);

    public override int GetHashCode() => _items.Length;
}

/// <summary>A read-only dictionary by name that equals another with the same names and equal values.</summary>
internal sealed class ValueMap<T>(IEnumerable<KeyValuePair<string, T>> entries) : IReadOnlyDictionary<string, T>
{
    private readonly Dictionary<string, T> _entries = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<T> Values => _entries.Values;

    public T this[string key] => _entries[key];

    public static ValueMap<T>? From(IReadOnlyDictionary<string, T>? entries) => entries is null ? null : entries as ValueMap<T> ?? new ValueMap<T>(entries);

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, out T value) => _entries.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    public override bool Equals(object? obj) =>
        obj is ValueMap<T> other && other.Count == Count && _entries.All(e => other._entries.TryGetValue(e.Key, out var value) && ContentEquality.Equal(e.Value, value));

    public override int GetHashCode() => _entries.Count;
}

/// <summary>A JSON tree a record holds, compared as JSON.</summary>
internal readonly struct JsonBox<T>(T? value) : IEquatable<JsonBox<T>>
    where T : JsonNode
{
    public T? Value { get; } = value;

    public bool Equals(JsonBox<T> other) => ContentEquality.Equal(Value, other.Value);

    public override bool Equals(object? obj) => obj is JsonBox<T> other && Equals(other);

    public override int GetHashCode() => ContentEquality.Hash(Value);
}

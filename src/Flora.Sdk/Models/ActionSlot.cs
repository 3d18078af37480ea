using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// One input or output slot of an action (<c>inputs[]</c>, <c>outputs[]</c> of an action's definition): its name, media
/// type and how many connections it takes. Other fields are kept in <see cref="FloraObject.AdditionalProperties"/>.
/// </summary>
/// <remarks>
/// FLORA's <c>multiple</c> is <c>true</c> or <c>{"min": …, "max": …}</c>; it is read into <see cref="Multiple"/>,
/// <see cref="MinConnections"/> and <see cref="MaxConnections"/>.
/// </remarks>
public sealed record ActionSlot : FloraObject
{
    private readonly string? _name;
    private readonly string? _type;

    /// <summary>The slot's name (<c>name</c>).</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Name
    {
        get => _name ?? string.Empty;
        init => _name = value;
    }

    /// <summary>The slot's media type (<c>type</c>): <c>image</c>, <c>video</c>, <c>text</c> or <c>audio</c>.</summary>
    /// <value>Never <see langword="null"/>; <c>""</c> if a server left it out.</value>
    public string Type
    {
        get => _type ?? string.Empty;
        init => _type = value;
    }

    /// <summary>The deprecated alias of <see cref="Multiple"/> (<c>dynamic</c>).</summary>
    public bool? Dynamic { get; init; }

    /// <summary>Whether the slot may stay unconnected in single-input mode (<c>optional</c>).</summary>
    public bool? Optional { get; init; }

    private readonly bool _multiple;
    private readonly int? _minConnections;
    private readonly int? _maxConnections;

    /// <summary>Whether the slot takes many connections (<c>multiple</c> is <c>true</c> or an object).</summary>
    [JsonIgnore]
    public bool Multiple => _multiple;

    /// <summary>The fewest connections a many-connections slot takes (<c>multiple.min</c>).</summary>
    [JsonIgnore]
    public int? MinConnections => _minConnections;

    /// <summary>The most connections a many-connections slot takes (<c>multiple.max</c>).</summary>
    [JsonIgnore]
    public int? MaxConnections => _maxConnections;

    // The wire's union (true, or an object with bounds), read into the three values above, so that it never lands in
    // AdditionalProperties. Anything else (false, a number) reads as a single-connection slot. The three are read-only
    // (set with WithMultiple): .NET 8's System.Text.Json cannot bind a record whose ignored init-only properties are set
    // by another member (it throws "Each parameter in the deserialization constructor ... must bind").
    [JsonInclude, JsonPropertyName("multiple")]
    internal JsonNode? MultipleWire
    {
        get => !_multiple ? null
            : _minConnections is null && _maxConnections is null ? JsonValue.Create(true)
            : Bounds(_minConnections, _maxConnections);
        init => (_multiple, _minConnections, _maxConnections) = value switch
        {
            JsonObject bounds => (true, Bound(bounds["min"]), Bound(bounds["max"])),
            JsonValue flag when flag.TryGetValue(out bool multiple) => (multiple, null, null),
            _ => (false, null, null),
        };
    }

    /// <summary>A copy of this slot that takes many connections, within the bounds given (each optional).</summary>
    /// <param name="min">The fewest connections, or <see langword="null"/>.</param>
    /// <param name="max">The most connections, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    public ActionSlot WithMultiple(int? min = null, int? max = null) =>
        this with { MultipleWire = min is null && max is null ? JsonValue.Create(true) : Bounds(min, max) };

    /// <summary>A copy of this slot that takes one connection.</summary>
    /// <returns>The copy.</returns>
    public ActionSlot WithSingle() => this with { MultipleWire = null };

    private static JsonObject Bounds(int? min, int? max)
    {
        var bounds = new JsonObject();
        if (max is { } most)
        {
            bounds["max"] = most;
        }

        if (min is { } least)
        {
            bounds["min"] = least;
        }

        return bounds;
    }

    // A value made in code holds an int; one read from JSON, an element that reads as any number.
    private static int? Bound(JsonNode? node) =>
        node is not JsonValue value ? null
        : value.TryGetValue(out int whole) ? whole
        : value.TryGetValue(out double number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;
}

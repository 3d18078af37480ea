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

    /// <summary>Whether the slot takes many connections (<c>multiple</c> is <c>true</c> or an object).</summary>
    [JsonIgnore]
    public bool Multiple { get; init; }

    /// <summary>The fewest connections a many-connections slot takes (<c>multiple.min</c>).</summary>
    [JsonIgnore]
    public int? MinConnections { get; init; }

    /// <summary>The most connections a many-connections slot takes (<c>multiple.max</c>).</summary>
    [JsonIgnore]
    public int? MaxConnections { get; init; }

    // The wire's union (true, or an object with bounds), read into the three properties above so that it never lands in
    // AdditionalProperties. Anything else (false, a number) reads as a single-connection slot.
    [JsonInclude, JsonPropertyName("multiple")]
    internal JsonNode? MultipleWire
    {
        get => !Multiple ? null
            : MinConnections is null && MaxConnections is null ? JsonValue.Create(true)
            : Bounds(MinConnections, MaxConnections);
        init => (Multiple, MinConnections, MaxConnections) = value switch
        {
            JsonObject bounds => (true, Bound(bounds["min"]), Bound(bounds["max"])),
            JsonValue flag when flag.TryGetValue(out bool multiple) => (multiple, null, null),
            _ => (false, null, null),
        };
    }

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

    private static int? Bound(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out double number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;
}

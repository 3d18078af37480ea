using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// Reads an integer field that a server may also send as a fractional number (FLORA's docs type these as
/// <c>number</c>): the fraction is truncated instead of failing the whole response.
/// </summary>
internal sealed class LenientInt64Converter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt64(out var whole) => whole,
            JsonTokenType.Number => Truncate(reader.GetDouble()),
            _ => throw new JsonException($"Expected a number, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static long Truncate(double value) =>
        double.IsFinite(value) && value >= long.MinValue && value <= long.MaxValue
            ? (long)value
            : throw new JsonException($"The number {value} does not fit a 64-bit integer.");
}

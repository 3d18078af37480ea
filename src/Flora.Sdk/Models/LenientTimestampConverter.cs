using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// Reads a time FLORA sends as a number (read by <see cref="UnixTimestamp"/>: Unix seconds below 1e11, else
/// milliseconds; a fraction is truncated) or as an ISO 8601 string. Reading is lenient: any other value, or a number out
/// of range, reads as null, so one odd time cannot fail a whole response. Written as an ISO 8601 string.
/// </summary>
internal sealed class LenientTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return UnixTimestamp.ToDateTime(reader.TryGetInt64(out var whole) ? whole : Truncate(reader.GetDouble()));
            case JsonTokenType.String:
                return reader.TryGetDateTimeOffset(out var time) ? time : null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                // A converter is handed the whole value, so skipping it here cannot run out of data.
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteStringValue(time);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static long? Truncate(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 1e18 ? (long)value : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>
/// <see cref="LenientTimestampConverter"/> for a time that is not nullable (<c>WebhookEvent.CreatedAt</c>): a missing or
/// unreadable time reads as <see langword="default"/>. Written as an ISO 8601 string.
/// </summary>
internal sealed class LenientTimestampOrDefaultConverter : JsonConverter<DateTimeOffset>
{
    private static readonly LenientTimestampConverter s_lenient = new();

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        s_lenient.Read(ref reader, typeof(DateTimeOffset?), options) ?? default;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

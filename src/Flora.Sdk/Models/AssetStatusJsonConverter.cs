using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>Reads any string as an <see cref="AssetStatus"/>, so a status the server adds later is kept, not rejected.</summary>
internal sealed class AssetStatusJsonConverter : JsonConverter<AssetStatus>
{
    public override AssetStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A null status is read like a missing one (default), so one odd item cannot fail a whole page: reading is lenient.
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for an asset status, got {reader.TokenType}.");
        }

        // Reuse the known instances so the common values allocate nothing.
        if (reader.ValueTextEquals("ready"u8))
        {
            return AssetStatus.Ready;
        }

        if (reader.ValueTextEquals("pending_upload"u8))
        {
            return AssetStatus.PendingUpload;
        }

        if (reader.ValueTextEquals("failed"u8))
        {
            return AssetStatus.Failed;
        }

        return new AssetStatus(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, AssetStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

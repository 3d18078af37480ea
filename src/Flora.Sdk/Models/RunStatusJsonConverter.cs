using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>Reads any string as a <see cref="RunStatus"/>, so a status the server adds later is kept, not rejected.</summary>
internal sealed class RunStatusJsonConverter : JsonConverter<RunStatus>
{
    public override RunStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A null status is read like a missing one (default), so one odd item cannot fail a whole page: reading is lenient.
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for an run status, got {reader.TokenType}.");
        }

        // Reuse the known instances so the common values allocate nothing.
        if (reader.ValueTextEquals("completed"u8))
        {
            return RunStatus.Completed;
        }

        if (reader.ValueTextEquals("running"u8))
        {
            return RunStatus.Running;
        }

        if (reader.ValueTextEquals("pending"u8))
        {
            return RunStatus.Pending;
        }

        if (reader.ValueTextEquals("failed"u8))
        {
            return RunStatus.Failed;
        }

        return new RunStatus(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, RunStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

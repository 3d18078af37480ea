using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Serialization;

/// <summary>
/// Any JSON body of an endpoint the SDK does not model (<see cref="FloraClient.SendAsync"/>), as a <see cref="JsonNode"/>.
/// A struct, so that a body of JSON <c>null</c> reads as a null node rather than as an unreadable body.
/// </summary>
[JsonConverter(typeof(AnyJsonBodyConverter))]
internal readonly record struct AnyJsonBody(JsonNode? Node)
{
    /// <summary>The node as UTF-8 JSON, written by the node itself (no reflection, so trimming- and AOT-safe).</summary>
    public static byte[] Serialize(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>Reads any JSON value into a <see cref="JsonNode"/> and writes it back, with <see cref="JsonNode"/>'s own reader and writer.</summary>
internal sealed class AnyJsonBodyConverter : JsonConverter<AnyJsonBody>
{
    public override bool HandleNull => true;

    public override AnyJsonBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? default : new AnyJsonBody(JsonNode.Parse(ref reader));

    public override void Write(Utf8JsonWriter writer, AnyJsonBody value, JsonSerializerOptions options)
    {
        if (value.Node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.Node.WriteTo(writer);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Flora.Sdk.Models;

/// <summary>The 32-bit twin of <see cref="LenientInt64Converter"/>, for pixel sizes.</summary>
internal sealed class LenientInt32Converter : JsonConverter<int?>
{
    private static readonly LenientInt64Converter s_wide = new();

    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        s_wide.Read(ref reader, typeof(long?), options) switch
        {
            null => null,
            var n and >= int.MinValue and <= int.MaxValue => (int)n.Value,
            var n => throw new JsonException($"The number {n} does not fit a 32-bit integer."),
        };

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options) =>
        s_wide.Write(writer, value, options);
}

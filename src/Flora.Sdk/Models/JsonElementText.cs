using System.Text.Json;

namespace Flora.Sdk.Models;

/// <summary>A JSON value kept as its text, read back as a <see cref="JsonElement"/> that owns its memory.</summary>
internal static class JsonElementText
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

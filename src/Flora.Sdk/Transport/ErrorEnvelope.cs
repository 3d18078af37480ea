using System.Text.Json;

namespace Flora.Sdk.Transport;

/// <summary>FLORA's error envelope <c>{"error":{"code","message","fields"}}</c>, read leniently (also <c>{"code","message"}</c> and <c>{"error":"..."}</c>).</summary>
internal readonly record struct ErrorEnvelope(string? Code, string? Message, IReadOnlyList<FloraFieldError> Fields)
{
    public static ErrorEnvelope Parse(string? body)
    {
        var empty = new ErrorEnvelope(null, null, []);
        if (string.IsNullOrWhiteSpace(body))
        {
            return empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return empty;
            }

            if (root.TryGetProperty("error", out var error))
            {
                return error.ValueKind switch
                {
                    JsonValueKind.Object => FromObject(error),
                    JsonValueKind.String => new ErrorEnvelope(null, error.GetString(), []),
                    _ => empty,
                };
            }

            return FromObject(root);
        }
        catch (JsonException)
        {
            // Not JSON (an HTML page from a proxy, say): the body stays on the exception as received.
            return empty;
        }
    }

    /// <summary>This envelope with the key masked in every string it repeats.</summary>
    public ErrorEnvelope Redacted(Redactor redactor) => new(
        redactor.Redact(Code),
        redactor.Redact(Message),
        Fields.Count == 0 ? Fields : [.. Fields.Select(f => new FloraFieldError(redactor.Redact(f.Field)!, redactor.Redact(f.Message)!))]);

    private static ErrorEnvelope FromObject(JsonElement element) =>
        new(StringOf(element, "code"), StringOf(element, "message"), FieldsOf(element));

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<FloraFieldError> FieldsOf(JsonElement element)
    {
        if (!element.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<FloraFieldError>();
        foreach (var item in fields.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                list.Add(new FloraFieldError(StringOf(item, "field") ?? string.Empty, StringOf(item, "message") ?? string.Empty));
            }
        }

        return list;
    }
}

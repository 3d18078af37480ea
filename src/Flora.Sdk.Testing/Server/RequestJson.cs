using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>Reads a small JSON request body, refusing oversized or malformed ones with FLORA's error codes.</summary>
internal static class RequestJson
{
    internal const int MaxBodyBytes = 1024 * 1024;

    /// <summary>FLORA's bodies are flat; a deeper document is refused before it costs anything to walk.</summary>
    internal const int MaxDepth = 16;

    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = MaxDepth };

    /// <summary>
    /// Reads the body as one JSON object and answers what <paramref name="handle"/> makes of it (with an empty list for
    /// its field errors); a body that is not one JSON object answers its own error.
    /// </summary>
    public static async Task<EmulatorResult> WithObjectAsync(HttpContext context, Func<JsonElement, List<KeyValuePair<string, string>>, EmulatorResult> handle)
    {
        var (document, error) = await ReadObjectAsync(context).ConfigureAwait(false);
        if (document is null)
        {
            return error!;
        }

        using (document)
        {
            return handle(document.RootElement, []);
        }
    }

    public static async Task<(JsonDocument? Document, EmulatorResult? Error)> ReadObjectAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, EmulatorResult.Error(413, "input_validation_error", $"The request body is larger than {MaxBodyBytes} bytes (1 MiB), the most a JSON body takes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, EmulatorResult.Error(413, "input_validation_error", $"The request body is larger than {MaxBodyBytes} bytes (1 MiB), the most a JSON body takes."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, EmulatorResult.Error(400, "invalid_json", "The request body is empty: send a JSON object."));
        }

        // JsonDocument checks UTF-8 only when a string is read, which would fail later as a server error.
        if (!Utf8.IsValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            return (null, EmulatorResult.Error(400, "invalid_json", "The request body is not valid UTF-8: send JSON encoded as UTF-8."));
        }

        try
        {
            var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), s_options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                return (null, EmulatorResult.Error(400, "invalid_json", "The request body must be a JSON object."));
            }

            return (document, null);
        }
        catch (JsonException ex)
        {
            return (null, EmulatorResult.Error(400, "invalid_json", $"The request body is not valid JSON (objects nest at most {MaxDepth} deep): {ex.Message}"));
        }
    }

    /// <summary>Reads an optional string property; a present non-string, non-null value is a field error.</summary>
    public static string? OptionalString(JsonElement body, string name, List<KeyValuePair<string, string>> errors)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(name, $"{name} must be a string."));
            return null;
        }

        return value.GetString();
    }
}

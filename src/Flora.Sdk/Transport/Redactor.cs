using System.Text;
using System.Text.Json;

namespace Flora.Sdk.Transport;

/// <summary>
/// Keeps the API key out of whatever the SDK repeats from a server or the network stack: bodies, headers and
/// transport error messages. One per client, made with its key.
/// </summary>
internal sealed class Redactor(string apiKey)
{
    private const string Mask = "[redacted]";

    /// <summary>Replaces every occurrence of the key in <paramref name="text"/>.</summary>
    public string? Redact(string? text) =>
        text is null || apiKey.Length == 0 ? text : text.Replace(apiKey, Mask, StringComparison.Ordinal);

    /// <summary>
    /// Redacts a response body: the key as sent, and also where the server wrote it with JSON escapes
    /// (<c>\u0073k_...</c>), which anyone who parses the body would read in clear. Such a JSON body is written again,
    /// its strings decoded and the key masked; any other body is redacted as text.
    /// </summary>
    public string? RedactBody(string? body)
    {
        var text = Redact(body);
        if (text is null || apiKey.Length == 0 || text.IndexOf('\\') < 0)
        {
            // Without a backslash a JSON string decodes to its own text: the plain redaction has seen everything.
            return text;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (!Holds(document.RootElement))
            {
                return text;
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteRedacted(document.RootElement, writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            // Not JSON: nothing decodes its escapes, so the text as redacted is what a reader sees.
            return text;
        }
    }

    private bool Holds(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Contains(apiKey, StringComparison.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Any(Holds),
        JsonValueKind.Object => element.EnumerateObject().Any(p => p.Name.Contains(apiKey, StringComparison.Ordinal) || Holds(p.Value)),
        _ => false,
    };

    private void WriteRedacted(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(Redact(element.GetString()));
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteRedacted(item, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(Redact(property.Name)!);
                    WriteRedacted(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>
    /// HttpClient quotes malformed status and header lines in its messages; a server that reflects the request could
    /// make them carry the key. Such an exception is replaced by one with the key redacted and no stack or inner chain.
    /// </summary>
    public Exception Sanitize(Exception exception)
    {
        if (apiKey.Length == 0 || !exception.ToString().Contains(apiKey, StringComparison.Ordinal))
        {
            return exception;
        }

        var message = Redact(exception.Message)!;
        return exception switch
        {
            OperationCanceledException => new OperationCanceledException(message),
#if NETSTANDARD2_0
            HttpRequestException => new HttpRequestException(message),
#else
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, message),
#endif
            _ => new IOException(message),
        };
    }
}

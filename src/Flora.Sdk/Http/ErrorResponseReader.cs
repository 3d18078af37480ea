using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Flora.Sdk.Http;

/// <summary>Turns an error response into the exception of the ladder in API.md.</summary>
internal static class ErrorResponseReader
{
    /// <summary>How much of an error body is kept; a hostile or broken server cannot make us buffer more.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<FloraApiException> ReadAsync(
        HttpResponseMessage response,
        string operation,
        string? apiKey,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var body = await ReadCappedAsync(response.Content, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        return Create(response.StatusCode, body, response.Headers, operation, apiKey, now);
    }

    public static FloraApiException Create(
        HttpStatusCode status,
        string? body,
        System.Net.Http.Headers.HttpResponseHeaders headers,
        string operation,
        string? apiKey,
        DateTimeOffset now)
    {
        body = Redact(body, apiKey);
        var envelope = ErrorEnvelope.Parse(body);
        var requestId = Redact(ResponseHeaders.RequestId(headers), apiKey);
        var message = Describe(status, envelope, requestId, operation);
        var exception = Construct(status, message, envelope.Code, body, requestId, envelope.Fields);
        return Decorate(exception, envelope.Message, ResponseHeaders.RetryAfter(headers, now), ResponseHeaders.ShouldRetry(headers));
    }

    internal static async Task<string?> ReadCappedAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(maxBytes);
            try
            {
                var total = 0;
                int read;
                while (total < maxBytes
                       && (read = await ReadBodyAsync(stream, buffer.AsMemory(total, maxBytes - total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                }

                return total == 0 ? null : Encoding.UTF8.GetString(buffer, 0, total);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// Reads from a response body. A Content-Encoding body that cannot be decoded fails as InvalidDataException (gzip,
    /// deflate) or InvalidOperationException (brotli); both become an IOException, a transport failure like a cut connection.
    /// </summary>
    internal static async ValueTask<int> ReadBodyAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
        {
            throw new IOException("The response body could not be decoded: " + ex.Message, ex);
        }
    }

    /// <summary>Replaces every occurrence of the key in text a server sent back (bodies, headers, transport error messages).</summary>
    internal static string? Redact(string? text, string? secret) =>
        text is null || string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "[redacted]", StringComparison.Ordinal);

    private static string Describe(HttpStatusCode status, ErrorEnvelope envelope, string? requestId, string operation)
    {
        var text = new StringBuilder();
        text.Append("FLORA API ").Append(operation).Append(" failed with ")
            .Append((int)status).Append(' ').Append(ReasonPhrase(status));
        if (envelope.Code is { } code)
        {
            text.Append(" (").Append(code).Append(')');
        }

        text.Append(": ").Append(envelope.Message ?? "the server gave no message");
        if (!text.ToString().EndsWith('.'))
        {
            text.Append('.');
        }

        foreach (var field in envelope.Fields)
        {
            text.Append(' ').Append(field.Field).Append(": ").Append(field.Message).Append('.');
        }

        if (Hint(status, envelope.Code) is { } hint)
        {
            text.Append(' ').Append(hint);
        }

        if (requestId is not null)
        {
            text.Append(" Request id: ").Append(requestId).Append('.');
        }

        return text.ToString();
    }

    private static string? Hint(HttpStatusCode status, string? code) => (status, code) switch
    {
        (_, "idempotency_duplicate") =>
            "This Idempotency-Key was already used in the last two hours; use a new key for a new request.",
        (HttpStatusCode.Unauthorized, _) => "Check the API key (FloraClientOptions.ApiKey or FLORA_API_KEY).",
        (HttpStatusCode.PaymentRequired, _) => "The workspace has run out of credits.",
        _ => null,
    };

    private static string ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.PaymentRequired => "Payment Required",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.Conflict => "Conflict",
        (HttpStatusCode)422 => "Unprocessable Entity",
        (HttpStatusCode)429 => "Too Many Requests",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => "HTTP error",
    };

    private static FloraApiException Construct(
        HttpStatusCode status, string message, string? code, string? body, string? requestId, IReadOnlyList<FloraFieldError> fields) =>
        (int)status switch
        {
            400 => new FloraBadRequestException(message, status, code, body, requestId, fields),
            401 => new FloraAuthenticationException(message, status, code, body, requestId, fields),
            402 => new FloraPaymentRequiredException(message, status, code, body, requestId, fields),
            403 => new FloraPermissionDeniedException(message, status, code, body, requestId, fields),
            404 => new FloraNotFoundException(message, status, code, body, requestId, fields),
            409 => new FloraConflictException(message, status, code, body, requestId, fields),
            422 => new FloraUnprocessableEntityException(message, status, code, body, requestId, fields),
            429 => new FloraRateLimitException(message, status, code, body, requestId, fields),
            >= 500 => new FloraInternalServerException(message, status, code, body, requestId, fields),
            _ => new FloraApiException(message, status, code, body, requestId, fields),
        };

    private static FloraApiException Decorate(FloraApiException exception, string? serverMessage, TimeSpan? retryAfter, bool? shouldRetry)
    {
        exception.ServerMessage = serverMessage;
        exception.RetryAfter = retryAfter;
        exception.ServerRetryHint = shouldRetry;
        return exception;
    }

    /// <summary>FLORA's envelope <c>{"error":{"code","message","fields"}}</c>, read leniently.</summary>
    private readonly record struct ErrorEnvelope(string? Code, string? Message, IReadOnlyList<FloraFieldError> Fields)
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
}

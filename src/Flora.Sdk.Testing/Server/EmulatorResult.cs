using System.Buffers;
using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>A response computed by a handler but not yet written, so a fault can still drop it.</summary>
internal sealed class EmulatorResult
{
    // Readable messages for people reading raw responses: no \u0027 for apostrophes. Responses are JSON, never HTML.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private EmulatorResult(int statusCode, byte[] body, string? errorCode)
    {
        StatusCode = statusCode;
        Body = body;
        ErrorCode = errorCode;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public string? ErrorCode { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A file to send as the body instead of <see cref="Body"/> (served asset content).</summary>
    public string? FilePath { get; private init; }

    public string ContentType { get; private init; } = "application/json; charset=utf-8";

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public static EmulatorResult Json(int statusCode, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            write(writer);
        }

        return new EmulatorResult(statusCode, buffer.WrittenSpan.ToArray(), null);
    }

    /// <summary>FLORA's error envelope: <c>{"error":{"code","message","fields"?:[{"field","message"}]}}</c>.</summary>
    public static EmulatorResult Error(int statusCode, string code, string message, IReadOnlyList<KeyValuePair<string, string>>? fields = null)
    {
        var result = Json(statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            if (fields is { Count: > 0 })
            {
                w.WriteStartArray("fields");
                foreach (var (field, text) in fields)
                {
                    w.WriteStartObject();
                    w.WriteString("field", field);
                    w.WriteString("message", text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
        return new EmulatorResult(statusCode, result.Body, code);
    }

    /// <summary>400 <c>input_validation_error</c> listing every cause with its machine-readable <c>code</c> (a refused changeset).</summary>
    public static EmulatorResult Rejected(string message, IReadOnlyList<ChangesetError> causes)
    {
        var result = Json(400, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", "input_validation_error");
            w.WriteString("message", message);
            w.WriteStartArray("fields");
            foreach (var cause in causes)
            {
                w.WriteStartObject();
                w.WriteString("field", cause.Field);
                w.WriteString("code", cause.Code);
                w.WriteString("message", cause.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
        return new EmulatorResult(400, result.Body, "input_validation_error");
    }

    public static EmulatorResult File(string path, string contentType) =>
        new(200, [], null) { FilePath = path, ContentType = contentType };

    /// <summary>A part of a file (<see cref="ContentRanges"/>): 200 for the whole, 206 for a range.</summary>
    public static EmulatorResult File(string path, string contentType, int statusCode, long offset, long length) =>
        new(statusCode, [], null) { FilePath = path, ContentType = contentType, FileOffset = offset, FileLength = length };

    /// <summary>Where the served part of <see cref="FilePath"/> starts.</summary>
    public long FileOffset { get; private init; }

    /// <summary>How many bytes of <see cref="FilePath"/> are served; null for the whole file.</summary>
    public long? FileLength { get; private init; }

    /// <summary>Sets the status, the headers and the content type on <paramref name="response"/> (the body is the caller's).</summary>
    public void WriteHead(Microsoft.AspNetCore.Http.HttpResponse response)
    {
        response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentType = ContentType;
    }

    public static EmulatorResult Validation(string message, IReadOnlyList<KeyValuePair<string, string>> fields) =>
        Error(400, "input_validation_error", message, fields);

    /// <summary>413 for a file over <paramref name="maxBytes"/>; <paramref name="advice"/> says what to do instead.</summary>
    public static EmulatorResult TooLarge(long maxBytes, string advice) =>
        Error(413, "input_validation_error", $"The file is larger than {maxBytes} bytes, {advice}", [new("file", $"The file must be at most {maxBytes} bytes.")]);

    public static EmulatorResult NotFound(string message) => Error(404, "not_found", message);

    public static EmulatorResult Conflict(string message) => Error(409, "conflict", message);
}

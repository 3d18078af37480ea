using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Flora.Sdk.Transport.Responses;

/// <summary>
/// Reads a 2xx body into a pooled buffer and parses it with the source-generated contract. Buffering (not streaming)
/// lets an unreadable body be attached to the error as received, and the pool keeps it allocation-free.
/// </summary>
internal static class JsonBodyReader
{
    /// <summary>
    /// Larger successful bodies are refused rather than buffered: a page of 100 assets is about 50 KiB. Growing the
    /// buffer by doubling allocates up to twice this much for an undeclared length, so it is kept at 16 MiB.
    /// </summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public static async ValueTask<T> ReadAsync<T>(HttpContent? content, JsonTypeInfo<T> typeInfo, string operation, bool emptyIsDefault, Redactor redactor, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            // .NET Framework leaves Content null on a response without a body (a handler's own, say); .NET never does.
            return Parse(ReadOnlySpan<byte>.Empty, typeInfo, operation, emptyIsDefault, redactor);
        }

        var declared = ResponseHeaders.DeclaredLength(content.Headers);
        if (declared > MaxBodyBytes)
        {
            // Refused before a byte is read: a declared length over the cap would only grow the buffer to the cap first.
            throw TooLarge(operation);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and < MaxBodyBytes ? (int)declared.Value + 1 : 16 * 1024);
            var length = 0;
            try
            {
                int read;
                while ((read = await BodyReader.ReadAsync(stream, buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, operation);
                    }
                }

                return Parse(buffer.AsSpan(0, length), typeInfo, operation, emptyIsDefault, redactor);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static T Parse<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string operation, bool emptyIsDefault, Redactor redactor)
    {
        if (body.IsEmpty && emptyIsDefault)
        {
            return JsonSerializer.Deserialize("{}"u8, typeInfo)!;
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw Unreadable(operation, body, "the body is JSON null", null, redactor);
        }
        catch (JsonException ex)
        {
            throw Unreadable(operation, body, ex.Message, ex, redactor);
        }
        catch (InvalidOperationException ex)
        {
            // Source-generated converters report some shape mismatches (e.g. an object where a string belongs) this way.
            throw Unreadable(operation, body, ex.Message, ex, redactor);
        }
    }

    private static FloraException Unreadable(string operation, ReadOnlySpan<byte> body, string reason, Exception? inner, Redactor redactor) =>
        new($"FLORA API {operation} succeeded but its response could not be read as the documented JSON ({reason}). The body is attached as ResponseBody.", inner)
        {
            ResponseBody = body.IsEmpty ? string.Empty : redactor.Redact(Encoding.UTF8.GetString(body[..Math.Min(body.Length, FloraErrors.MaxBodyBytes)])),
        };

    private static FloraException TooLarge(string operation) =>
        new($"FLORA API {operation} returned a body larger than {MaxBodyBytes / (1024 * 1024)} MiB; it was not read.");

    private static byte[] Grow(byte[] buffer, string operation)
    {
        if (buffer.Length >= MaxBodyBytes)
        {
            throw TooLarge(operation);
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes));
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Flora.Sdk.Transport;

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

        var declared = content.Headers.ContentLength;
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
                        if (buffer.Length >= MaxBodyBytes)
                        {
                            // A body of exactly the cap is allowed: only a byte beyond it refuses the body.
                            await ThrowIfNotAtEndAsync(stream, operation, cancellationToken).ConfigureAwait(false);
                            break;
                        }

                        buffer = Grow(buffer);
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
        new(
            $"FLORA API {operation} succeeded but its response could not be read as the documented JSON ({reason}). The body is attached as ResponseBody.",
            inner,
            body.IsEmpty ? string.Empty : redactor.RedactBody(Encoding.UTF8.GetString(body[..Math.Min(body.Length, FloraErrors.MaxBodyBytes)])));

    private static FloraException TooLarge(string operation) =>
        new($"FLORA API {operation} returned a body larger than {MaxBodyBytes / (1024 * 1024)} MiB; it was not read.");

    private static async ValueTask ThrowIfNotAtEndAsync(Stream stream, string operation, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        if (await BodyReader.ReadAsync(stream, probe, cancellationToken).ConfigureAwait(false) > 0)
        {
            throw TooLarge(operation);
        }
    }

    private static byte[] Grow(byte[] buffer)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes));
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

/// <summary>Reads response bodies: with a cap, and with undecodable compressed bodies reported as transport failures.</summary>
internal static class BodyReader
{
    /// <summary>Reads at most <paramref name="maxBytes"/> of <paramref name="content"/> as UTF-8; <see langword="null"/> when empty.</summary>
    public static async Task<string?> ReadCappedAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
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
                       && (read = await ReadAsync(stream, buffer.AsMemory(total, maxBytes - total), cancellationToken).ConfigureAwait(false)) > 0)
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
    public static async ValueTask<int> ReadAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
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
}

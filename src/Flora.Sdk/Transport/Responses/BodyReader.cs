using System.Buffers;
using System.Text;

namespace Flora.Sdk.Transport.Responses;

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

using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The bytes of one upload, as the emulator keeps them: length, SHA-256, the PNG size when it is a PNG, and the bytes
/// themselves only in a temporary file when <see cref="FloraEmulatorOptions.StoreUploads"/> is on. Never buffered.
/// </summary>
internal sealed record ReceivedFile(long Length, string Sha256, string? ContentType, string? FileName, int? Width, int? Height)
{
    private const int ChunkBytes = 81920;

    /// <summary>
    /// Hashes <paramref name="body"/> as it streams in, copying it to <paramref name="storePath"/> when given; answers
    /// null, having stopped reading, as soon as more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    public static async Task<ReceivedFile?> ReceiveAsync(
        Stream body, string? contentType, string? fileName, string? storePath, long? maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sink = storePath is null
            ? Stream.Null
            : EmulatorState.CreateContentFile(storePath, ChunkBytes);
        await using var sinkScope = sink.ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var head = new byte[24];
        long length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, ChunkBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (length < head.Length)
                {
                    buffer.AsSpan(0, (int)Math.Min(read, head.Length - length)).CopyTo(head.AsSpan((int)length));
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }

                hash.AppendData(buffer, 0, read);
                await sink.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var (width, height) = PngSize(head, length);
        var sha = Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
        return new ReceivedFile(length, sha, contentType, fileName, width, height);
    }

    private static (int? Width, int? Height) PngSize(byte[] head, long length)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (length < 24 || !head.AsSpan(0, 8).SequenceEqual(signature) || !head.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return (null, null);
        }

        return (BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
    }
}

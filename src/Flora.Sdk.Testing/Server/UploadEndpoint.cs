using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The signed upload target (<c>POST /upload/{token}</c>, no API key): a presigned multipart POST that must echo every
/// issued form field and carry the bytes in the <c>file</c> part. The bytes are hashed as they stream in, never
/// buffered in memory: the emulator keeps their length, SHA-256 and (for PNGs) the image size, and the bytes themselves
/// in a temporary file only when <see cref="FloraEmulatorOptions.StoreUploads"/> is on.
/// </summary>
internal sealed class UploadEndpoint(EmulatorState state)
{
    private const int MaxFieldBytes = 16 * 1024;

    public async Task<EmulatorResult> UploadAsync(HttpContext context, string token, bool hadAuthorization)
    {
        UploadReservation reservation;
        AssetRecord asset;
        lock (state.Gate)
        {
            var rejection = Check(token, out asset!, out reservation!);
            if (rejection is not null)
            {
                return rejection;
            }

            asset.UploadCarriedAuthorization |= hadAuthorization;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return EmulatorResult.Error(400, "input_validation_error", "The upload must be a multipart/form-data POST with a boundary.");
        }

        var partPath = (string?)null;
        try
        {
            return await ReceiveAsync(context, token, asset, reservation, boundary, path => partPath = path).ConfigureAwait(false);
        }
        finally
        {
            // Set only while the bytes are not committed to the asset: a refused or broken upload leaves nothing behind.
            if (partPath is not null && File.Exists(partPath))
            {
                File.Delete(partPath);
            }
        }
    }

    private async Task<EmulatorResult> ReceiveAsync(
        HttpContext context, string token, AssetRecord asset, UploadReservation reservation, string boundary, Action<string?> trackPart)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        ReceivedFile? file = null;
        string? partPath = null;
        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = null };
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false)) is not null)
        {
            if (FormPart.Parse(section.ContentDisposition) is not { } part)
            {
                continue;
            }

            var name = part.Name;
            if (name == "file" || part.IsFile)
            {
                if (name != "file")
                {
                    return EmulatorResult.Error(400, "input_validation_error", $"The file was sent in the form field '{name}'; the upload instructions name 'file'.");
                }

                if (file is not null)
                {
                    return EmulatorResult.Error(400, "input_validation_error", "The upload carries more than one 'file' part.");
                }

                if (state.Options.StoreUploads)
                {
                    partPath = Path.Combine(state.ContentDirectory, Guid.NewGuid().ToString("N") + ".part");
                    trackPart(partPath);
                }

                file = await ReceiveFileAsync(section, partPath, context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                var value = await ReadFieldAsync(section, context.RequestAborted).ConfigureAwait(false);
                if (value is null)
                {
                    return EmulatorResult.Error(400, "input_validation_error", $"The form field '{name}' is larger than 16 KiB.");
                }

                fields[name] = value;
            }
        }

        if (file is null)
        {
            return EmulatorResult.Error(400, "input_validation_error", "The upload has no 'file' part.");
        }

        foreach (var (name, expected) in reservation.FormFields)
        {
            if (!fields.TryGetValue(name, out var actual))
            {
                return EmulatorResult.Error(403, "forbidden", $"The signed form field '{name}' is missing: send every upload.form_fields entry unchanged.");
            }

            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                return EmulatorResult.Error(403, "forbidden", $"The signed form field '{name}' does not match the reservation; the signature check failed.");
            }
        }

        lock (state.Gate)
        {
            // Checked again now the bytes are in: the reservation may have expired or been renewed meanwhile.
            var rejection = Check(token, out var current, out var currentReservation);
            if (rejection is not null)
            {
                return rejection;
            }

            if (!ReferenceEquals(current, asset) || !ReferenceEquals(currentReservation, reservation))
            {
                return EmulatorResult.Error(403, "forbidden", "The upload reservation was renewed while the bytes were arriving; upload to the new URL.");
            }

            if (partPath is not null)
            {
                var contentPath = Path.Combine(state.ContentDirectory, asset.AssetId);
                File.Move(partPath, contentPath, overwrite: true);
                asset.ContentPath = contentPath;
                trackPart(null);
            }

            asset.UploadedBytes = file.Length;
            asset.Sha256 = file.Sha256;
            asset.UploadContentType = file.ContentType;
            asset.Width = file.Width;
            asset.Height = file.Height;
            asset.UploadCount++;
        }

        return EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("asset_id", asset.AssetId);
            w.WriteNumber("size", file.Length);
            w.WriteString("sha256", file.Sha256);
            w.WriteEndObject();
        });
    }

    private EmulatorResult? Check(string token, out AssetRecord? asset, out UploadReservation? reservation)
    {
        asset = state.FindByToken(token);
        reservation = asset?.Reservation;
        if (asset is null || reservation is null || reservation.Token != token)
        {
            return EmulatorResult.Error(403, "forbidden", "This upload URL is unknown or was superseded by a newer reservation.");
        }

        if (asset.Status != AssetRecord.PendingUpload)
        {
            return EmulatorResult.Error(403, "forbidden", $"Asset '{asset.AssetId}' is '{asset.Status}' and no longer accepts uploads.");
        }

        if (state.Now >= reservation.ExpiresAt)
        {
            return EmulatorResult.Error(403, "forbidden", $"The upload reservation for asset '{asset.AssetId}' expired at {reservation.ExpiresAt:O}; call retry for a fresh one.");
        }

        return null;
    }

    /// <summary>Hashes the file part as it streams in, copying it to <paramref name="storePath"/> when uploads are stored.</summary>
    private static async Task<ReceivedFile> ReceiveFileAsync(MultipartSection section, string? storePath, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sink = storePath is null
            ? Stream.Null
            : new FileStream(storePath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using var sinkScope = sink.ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        var head = new byte[24];
        long length = 0;
        try
        {
            int read;
            while ((read = await section.Body.ReadAsync(buffer.AsMemory(0, 81920), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (length < head.Length)
                {
                    buffer.AsSpan(0, (int)Math.Min(read, head.Length - length)).CopyTo(head.AsSpan((int)length));
                }

                hash.AppendData(buffer, 0, read);
                length += read;
                await sink.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var (width, height) = PngSize(head, length);
        var sha = Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
        return new ReceivedFile(length, sha, section.ContentType, width, height);
    }

    private static async Task<string?> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await section.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxFieldBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
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

    private sealed record ReceivedFile(long Length, string Sha256, string? ContentType, int? Width, int? Height);
}

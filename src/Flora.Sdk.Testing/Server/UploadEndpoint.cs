using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The signed upload target (<c>/upload/{token}</c>, no API key): a presigned multipart POST that must echo every
/// issued form field and carry the bytes in the <c>file</c> part, or a PUT of the raw bytes to the signed
/// <c>upload_url</c>. The bytes are streamed by <see cref="ReceivedFile"/>, never buffered in memory, and refused with
/// 413 past <see cref="FloraEmulatorOptions.MaxUploadBytes"/>: unread when the declared length is already over it.
/// </summary>
internal sealed class UploadEndpoint(EmulatorState state) : IEmulatorEndpoints
{
    private const string TooLargeAdvice = "the most this emulator takes in one upload (its MaxUploadBytes; flora emulator --max-upload-bytes).";

    /// <summary>The upload target is "outside FLORA": no API key, no idempotency keys.</summary>
    public void Map(EmulatorRoutes routes) =>
        routes.Outside("/upload/{token}", [HttpMethods.Post, HttpMethods.Put], EmulatorRoute.Upload,
            c => UploadAsync(c, c.Arg("token"), c.Request.Headers.ContainsKey("Authorization")));

    public async Task<EmulatorResult> UploadAsync(HttpContext context, string token, bool hadAuthorization)
    {
        var maxBytes = state.Options.MaxUploadBytes;
        var maxBody = HttpMethods.IsPut(context.Request.Method) ? maxBytes : MultipartForm.MaxBodyBytes(maxBytes);
        if (context.Request.ContentLength is { } declared && declared > maxBody)
        {
            return EmulatorResult.TooLarge(maxBytes, $"{TooLargeAdvice} (The request declares {declared} bytes.)");
        }

        UploadReservation reservation;
        AssetRecord asset;
        string? partPath;
        lock (state.Gate)
        {
            var rejection = Check(token, out asset!, out reservation!);
            if (rejection is not null)
            {
                return rejection;
            }

            asset.UploadCarriedAuthorization |= hadAuthorization;
            partPath = state.NewPartPath();
        }

        try
        {
            var (error, file) = HttpMethods.IsPut(context.Request.Method)
                ? await ReceivePutAsync(context, reservation, partPath).ConfigureAwait(false)
                : await ReceiveMultipartAsync(context, reservation, partPath).ConfigureAwait(false);
            return error ?? Commit(token, asset, reservation, file!, ref partPath);
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

    /// <summary>A presigned POST: the issued form fields, then the bytes in the <c>file</c> part.</summary>
    private async Task<(EmulatorResult? Error, ReceivedFile? File)> ReceiveMultipartAsync(
        HttpContext context, UploadReservation reservation, string? partPath)
    {
        var (form, error) = await MultipartForm.ReadAsync(context, partPath, state.Options.MaxUploadBytes, TooLargeAdvice).ConfigureAwait(false);
        if (error is not null)
        {
            return (error, null);
        }

        if (form!.File is not { } file)
        {
            return (EmulatorResult.Error(400, "input_validation_error", "The upload has no 'file' part."), null);
        }

        foreach (var (name, expected) in reservation.FormFields)
        {
            if (!form.Fields.TryGetValue(name, out var actual))
            {
                return (EmulatorResult.Error(403, "forbidden", $"The signed form field '{name}' is missing: send every upload.form_fields entry unchanged."), null);
            }

            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                return (EmulatorResult.Error(403, "forbidden", $"The signed form field '{name}' does not match the reservation; the signature check failed."), null);
            }
        }

        return (null, file);
    }

    /// <summary>A presigned PUT to <c>upload_url</c>: the signature is in the query string, the body is the file.</summary>
    private async Task<(EmulatorResult? Error, ReceivedFile? File)> ReceivePutAsync(
        HttpContext context, UploadReservation reservation, string? partPath)
    {
        foreach (var (name, expected) in reservation.FormFields)
        {
            if (name is "expire" or "signature" && context.Request.Query[name].ToString() != expected)
            {
                return (EmulatorResult.Error(403, "forbidden", $"The signed query parameter '{name}' is missing or altered: PUT to upload_url exactly as given."), null);
            }
        }

        var maxBytes = state.Options.MaxUploadBytes;
        var file = await ReceivedFile.ReceiveAsync(context.Request.Body, context.Request.ContentType, null, partPath, maxBytes, context.RequestAborted).ConfigureAwait(false);
        return file is null ? (EmulatorResult.TooLarge(maxBytes, TooLargeAdvice), null) : (null, file);
    }

    private EmulatorResult Commit(string token, AssetRecord asset, UploadReservation reservation, ReceivedFile file, ref string? partPath)
    {
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

            state.Accept(asset, file, ref partPath);
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

    /// <summary>Call under <see cref="EmulatorState.Gate"/>.</summary>
    private EmulatorResult? Check(string token, out AssetRecord? asset, out UploadReservation? reservation)
    {
        asset = state.FindByToken(token);
        reservation = asset?.Reservation;
        if (asset is null || reservation is null || reservation.Token != token)
        {
            return EmulatorResult.Error(403, "forbidden", "This upload URL is unknown or was superseded by a newer reservation.");
        }

        asset.Refresh(state.Now);
        if (asset.Status != AssetRecord.PendingUpload || asset.IsProcessing)
        {
            var status = asset.IsProcessing ? "completed and being processed" : $"'{asset.Status}'";
            return EmulatorResult.Error(403, "forbidden", $"Asset '{asset.AssetId}' is {status} and no longer accepts uploads.");
        }

        if (state.Now >= reservation.ExpiresAt)
        {
            return EmulatorResult.Error(403, "forbidden", $"The upload reservation for asset '{asset.AssetId}' expired at {reservation.ExpiresAt:O}; call retry for a fresh one.");
        }

        return null;
    }
}

using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// FLORA's direct path: <c>POST /assets</c> as <c>multipart/form-data</c> with a <c>file</c> part of at most
/// <see cref="MaxFileBytes"/> plus <c>workspace_id</c> and optionally <c>content_type</c>, <c>file_name</c>,
/// <c>folder</c> and <c>project_id</c>. The bytes are kept like an upload's, with <c>uploaded_via: "direct"</c>;
/// the asset is ready in the same call, or <c>pending_upload</c> while <see cref="FloraEmulatorOptions.ProcessingTime"/> runs. A larger file is refused with 413 before or while it arrives.
/// </summary>
internal sealed class DirectCreateEndpoint(EmulatorState state)
{
    /// <summary>The largest direct file, inclusive: 4 MiB, the limit FLORA's TypeScript SDK uses.</summary>
    internal const long MaxFileBytes = 4L * 1024 * 1024;

    public async Task<EmulatorResult> CreateAsync(HttpContext context)
    {
        if (!state.Options.DirectUploads)
        {
            return EmulatorResult.Error(415, "input_validation_error",
                "This server takes no direct uploads: create with JSON {\"source\": \"signed-url\"} and upload the bytes to the reservation.");
        }

        // FLORA's direct limit, or the emulator's own cap when that is lower (then no path takes a larger file).
        var maxFile = Math.Min(MaxFileBytes, state.Options.MaxUploadBytes);
        var advice = maxFile < MaxFileBytes
            ? "the most this emulator takes in one upload (its MaxUploadBytes)."
            : "the most a direct upload takes: create with source \"signed-url\" and upload it to the reservation instead.";
        if (context.Request.ContentLength is { } declared && declared > MultipartForm.MaxBodyBytes(maxFile))
        {
            // Refused unread: the declared length is more than any form with an allowed file could be.
            return EmulatorResult.TooLarge(maxFile, $"{advice} (The request declares {declared} bytes.)");
        }

        string? partPath;
        lock (state.Gate)
        {
            partPath = state.NewPartPath();
        }

        try
        {
            var (form, error) = await MultipartForm.ReadAsync(context, partPath, maxFile, advice).ConfigureAwait(false);
            return error ?? Create(form!, ref partPath);
        }
        finally
        {
            // Set only while the bytes are not committed to an asset: a refused create leaves nothing behind.
            if (partPath is not null && File.Exists(partPath))
            {
                File.Delete(partPath);
            }
        }
    }

    private EmulatorResult Create(MultipartForm form, ref string? partPath)
    {
        var fields = new CreateFields(
            form.Fields.GetValueOrDefault("workspace_id"),
            form.Fields.GetValueOrDefault("content_type"),
            form.Fields.GetValueOrDefault("file_name"),
            form.Fields.GetValueOrDefault("folder"),
            form.Fields.GetValueOrDefault("project_id"));
        var errors = new List<KeyValuePair<string, string>>();
        if (form.File is not { } file)
        {
            errors.Add(new("file", "A multipart create carries the bytes in a 'file' part; without bytes, create with JSON instead."));
            fields.Validate(errors);
            return EmulatorResult.Validation("The asset could not be created: " + errors[0].Value, errors);
        }

        // The part's own type counts when nothing is declared; application/octet-stream is what a client sends when it does not know.
        var declared = fields.ResolvedContentType(file.FileName);
        var contentType = AllowedContentTypes.IsUnknown(declared) && !AllowedContentTypes.IsUnknown(file.ContentType) ? file.ContentType : declared;
        fields.Validate(errors, file.FileName);
        if (AllowedContentTypes.IsUnknown(declared))
        {
            AllowedContentTypes.Check(contentType, errors);
        }
        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The asset could not be created: " + errors[0].Value, errors);
        }

        var fileName = fields.FileName ?? file.FileName;
        lock (state.Gate)
        {
            var draft = new AssetDraft(fields.WorkspaceId!, "direct", AssetRecord.ViaDirect, fileName, contentType, fields.Folder, fields.ProjectId);
            var asset = state.Add(draft, id => $"{state.Origin}/files/{id}/{Uri.EscapeDataString(fileName ?? "file")}");
            state.Accept(asset, file, ref partPath);
            state.StartProcessing(asset);
            return EmulatorResult.Json(201, w => AssetJson.WriteUploadState(w, asset, includeUploadedVia: true, state.Options.UploadMethod));
        }
    }
}

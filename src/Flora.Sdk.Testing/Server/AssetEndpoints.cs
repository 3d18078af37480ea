using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// The mutating asset endpoints: create, complete, retry and attach. Lifecycle errors (complete before any bytes
/// arrived, retry of a ready asset, attach of an asset that is not ready) answer 409 <c>conflict</c>.
/// </summary>
internal sealed class AssetEndpoints(EmulatorState state) : IEmulatorEndpoints
{
    private readonly DirectCreateEndpoint _direct = new(state);

    public void Map(EmulatorRoutes routes)
    {
        routes.Post("/assets", EmulatorRoute.Create, CreateAsync);
        routes.Post("/assets/{assetId}/complete", EmulatorRoute.Complete, c => Complete(c.Arg("assetId")));
        routes.Post("/assets/{assetId}/retry", EmulatorRoute.Retry, c => Retry(c.Arg("assetId")));
        routes.Post("/projects/{projectId}/assets/{assetId}/attach", EmulatorRoute.Attach, c => Attach(c.Arg("projectId"), c.Arg("assetId")));
    }

    /// <summary><c>POST /assets</c>: multipart carries the bytes (the direct path); anything else is read as JSON.</summary>
    public Task<EmulatorResult> CreateAsync(HttpContext context) =>
        MultipartForm.IsMultipart(context.Request.ContentType) ? _direct.CreateAsync(context) : CreateFromJsonAsync(context);

    private Task<EmulatorResult> CreateFromJsonAsync(HttpContext context) => RequestJson.WithObjectAsync(context, (body, errors) =>
    {
        var source = ReadSource(body, errors);
        var fields = new CreateFields(
            RequestJson.OptionalString(body, "workspace_id", errors),
            RequestJson.OptionalString(body, "content_type", errors),
            RequestJson.OptionalString(body, "file_name", errors),
            RequestJson.OptionalString(body, "folder", errors),
            RequestJson.OptionalString(body, "project_id", errors));
        var urlName = source is null ? null : Path.GetFileName(source.AbsolutePath);
        fields.Validate(errors, urlName);
        if (errors.Count > 0)
        {
            return EmulatorResult.Validation("The asset could not be created: " + errors[0].Value, errors);
        }

        lock (state.Gate)
        {
            AssetRecord asset;
            if (source is null)
            {
                var draft = new AssetDraft(
                    fields.WorkspaceId!, "signed-url", AssetRecord.ViaSignedUrl, fields.FileName, fields.ResolvedContentType(), fields.Folder, fields.ProjectId);
                asset = state.Add(draft, id => $"{state.Origin}/files/{id}/{Uri.EscapeDataString(fields.FileName ?? "file")}");
                state.Reserve(asset);
            }
            else
            {
                // An allowlisted URL is "fetched" at once, without any network traffic, then processed like any asset.
                var name = fields.FileName ?? urlName;
                var draft = new AssetDraft(
                    fields.WorkspaceId!, source.AbsoluteUri, AssetRecord.ViaUrl, string.IsNullOrEmpty(name) ? null : name,
                    fields.ResolvedContentType(urlName), fields.Folder, fields.ProjectId);
                asset = state.Add(draft, _ => source.AbsoluteUri);
                state.StartProcessing(asset);
            }

            return EmulatorResult.Json(201, w => AssetJson.WriteUploadState(w, asset, includeUploadedVia: true, state.Options.UploadMethod));
        }
    });

    public EmulatorResult Complete(string assetId)
    {
        if (state.Find(assetId) is not { } asset)
        {
            return AssetNotFound(assetId);
        }

        if (asset.Status == AssetRecord.Failed)
        {
            return EmulatorResult.Conflict($"Asset '{assetId}' has failed ({asset.FailureMessage}); call retry for a fresh upload reservation.");
        }

        if (asset.Status == AssetRecord.PendingUpload && !asset.IsProcessing)
        {
            if (asset.UploadedBytes is null)
            {
                return EmulatorResult.Conflict(
                    $"No bytes have arrived for asset '{assetId}': upload the file to its upload URL first, then complete it.");
            }

            // Processing: the asset stays pending_upload (FLORA documents no other status) until ReadyAt.
            state.StartProcessing(asset);
        }

        // Completing a ready (or processing) asset again is harmless: it answers its current state.
        return EmulatorResult.Json(200, w => AssetJson.WriteUploadState(w, asset, includeUploadedVia: false, state.Options.UploadMethod));
    }

    public EmulatorResult Retry(string assetId)
    {
        if (state.Find(assetId) is not { } asset)
        {
            return AssetNotFound(assetId);
        }

        if (asset.UploadedVia != AssetRecord.ViaSignedUrl)
        {
            var via = asset.UploadedVia == AssetRecord.ViaDirect ? "with its bytes (a direct upload)" : "from a URL";
            return EmulatorResult.Conflict($"Asset '{assetId}' was created {via}, not as a signed upload; there is nothing to retry.");
        }

        if (asset.Status is not (AssetRecord.PendingUpload or AssetRecord.Failed))
        {
            return EmulatorResult.Conflict(
                $"Asset '{assetId}' is '{asset.Status}'; retry is only valid for a pending (for example expired) or failed upload.");
        }

        asset.FailureMessage = null;
        asset.UploadedBytes = null;
        asset.Sha256 = null;
        asset.UploadContentType = null;
        asset.Width = null;
        asset.Height = null;
        DeleteContent(asset);
        state.Reserve(asset);
        return EmulatorResult.Json(200, w => AssetJson.WriteUploadState(w, asset, includeUploadedVia: false, state.Options.UploadMethod));
    }

    public EmulatorResult Attach(string projectId, string assetId)
    {
        if (!CreateFields.IsId(projectId, "prj_"))
        {
            return EmulatorResult.Validation("project_id must start with prj_.", [new("project_id", "project_id must start with prj_.")]);
        }

        if (state.Find(assetId) is not { } asset)
        {
            return AssetNotFound(assetId);
        }

        if (asset.Status != AssetRecord.Ready)
        {
            return EmulatorResult.Conflict($"Asset '{assetId}' is '{asset.Status}'; only ready assets can be attached to a project.");
        }

        // Attaching again answers the node the asset already has on that canvas.
        var nodeId = state.Catalog.Place(asset, projectId);
        var canvasUrl = state.Catalog.CanvasUrl(projectId);
        return EmulatorResult.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("asset_id", asset.AssetId);
            w.WriteString("project_id", projectId);
            w.WriteString("node_id", nodeId);
            w.WriteString("canvas_url", canvasUrl);
            w.WriteEndObject();
        });
    }

    private static EmulatorResult AssetNotFound(string assetId) => EmulatorResult.NotFound($"Asset '{assetId}' was not found.");

    private static void DeleteContent(AssetRecord asset)
    {
        if (asset.ContentPath is { } path)
        {
            File.Delete(path);
            asset.ContentPath = null;
        }
    }

    /// <summary>Returns null for "signed-url", the URL for an allowlisted https source; adds a field error otherwise.</summary>
    private Uri? ReadSource(JsonElement body, List<KeyValuePair<string, string>> errors)
    {
        if (!body.TryGetProperty("source", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new("source", "source is required: \"signed-url\" or an allowlisted HTTPS URL."));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new("source", "source must be a string: \"signed-url\" or an allowlisted HTTPS URL."));
            return null;
        }

        var text = value.GetString()!;
        if (text == "signed-url")
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add(new("source", "source must be \"signed-url\" or an allowlisted HTTPS URL."));
            return null;
        }

        if (!state.Options.AllowlistedHosts.Contains(uri.Host))
        {
            errors.Add(new("source", $"The host '{uri.Host}' is not allowlisted for server-side fetch; use \"signed-url\" and upload the bytes instead."));
            return null;
        }

        return uri;
    }
}

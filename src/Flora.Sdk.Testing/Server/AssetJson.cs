using System.Text.Json;

namespace Flora.Sdk.Testing.Server;

/// <summary>Writes the documented response shapes (snake_case, as FLORA's reference and published OpenAPI spell them).</summary>
internal static class AssetJson
{
    /// <summary>Create, complete and retry answers: the upload state, with upload instructions while bytes are awaited.</summary>
    public static void WriteUploadState(Utf8JsonWriter w, AssetRecord asset, bool includeUploadedVia, EmulatorUploadMethod method)
    {
        w.WriteStartObject();
        w.WriteString("asset_id", asset.AssetId);
        w.WriteString("status", asset.Status);
        if (includeUploadedVia)
        {
            w.WriteString("uploaded_via", asset.UploadedVia);
        }

        w.WriteString("url", asset.Url);
        w.WriteString("visibility", "workspace");
        w.WriteString("workspace_id", asset.WorkspaceId);
        if (asset.Status == AssetRecord.Failed)
        {
            w.WriteString("failure_message", asset.FailureMessage);
        }

        if (asset.Status == AssetRecord.PendingUpload && !asset.IsProcessing && asset.Reservation is { } reservation)
        {
            w.WriteString("expires_at", Timestamp(reservation.ExpiresAt));
            if (method == EmulatorUploadMethod.Put)
            {
                w.WriteString("upload_url", reservation.PutUrl);
                w.WriteEndObject();
                return;
            }

            w.WriteStartObject("upload");
            w.WriteString("content_type", "multipart/form-data");
            w.WriteString("file_field", "file");
            w.WriteStartObject("form_fields");
            foreach (var (name, value) in reservation.FormFields)
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
            w.WriteString("method", "POST");
            w.WriteString("url", reservation.Url);
            w.WriteEndObject();
            w.WriteString("upload_url", reservation.PutUrl);
        }

        w.WriteEndObject();
    }

    /// <summary>The retrieve answer: <c>created_at</c> is an ISO 8601 string here.</summary>
    public static void WriteRetrieve(Utf8JsonWriter w, AssetRecord asset)
    {
        w.WriteStartObject();
        WriteCommon(w, asset);
        w.WriteString("created_at", Timestamp(asset.CreatedAt));
        w.WriteString("failure_message", asset.Status == AssetRecord.Failed ? asset.FailureMessage : null);
        w.WriteEndObject();
    }

    /// <summary>
    /// A list item: <c>created_at</c> is a number here (Unix milliseconds), plus <c>node_id</c> and <c>project_id</c>: those
    /// of the filtered project, else of the last project the asset was placed on.
    /// </summary>
    public static void WriteListItem(Utf8JsonWriter w, AssetRecord asset, string? projectFilter)
    {
        w.WriteStartObject();
        WriteCommon(w, asset);
        w.WriteNumber("created_at", asset.CreatedAt.ToUnixTimeMilliseconds());
        var projectId = projectFilter ?? (asset.ProjectIds.Count > 0 ? asset.ProjectIds[^1] : null);
        if (projectId is not null && asset.NodeIds.TryGetValue(projectId, out var nodeId))
        {
            w.WriteString("node_id", nodeId);
            w.WriteString("project_id", projectId);
        }
        else
        {
            w.WriteNull("node_id");
            w.WriteNull("project_id");
        }

        w.WriteEndObject();
    }

    private static void WriteCommon(Utf8JsonWriter w, AssetRecord asset)
    {
        w.WriteString("asset_id", asset.AssetId);
        w.WriteString("content_type", asset.ContentType ?? asset.UploadContentType ?? "application/octet-stream");
        w.WriteNull("description");
        WriteNullable(w, "height", asset.Height);
        w.WriteString("name", asset.FileName);
        if (asset.UploadedBytes is { } size)
        {
            w.WriteNumber("size_bytes", size);
        }
        else
        {
            w.WriteNull("size_bytes");
        }

        w.WriteString("status", asset.Status);
        w.WriteString("upload_content_type", asset.UploadContentType);
        w.WriteString("uploaded_via", asset.UploadedVia);
        w.WriteString("url", asset.Url);
        WriteNullable(w, "width", asset.Width);
        w.WriteString("workspace_id", asset.WorkspaceId);
    }

    /// <summary>ISO 8601 in UTC with milliseconds, as FLORA's examples show (<c>2019-12-27T18:11:19.117Z</c>).</summary>
    internal static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

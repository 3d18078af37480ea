namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>
/// The response examples of FLORA's API reference (/work/shared/seeds, "#### Response" blocks and the guide's
/// reservation example), copied here so that the suite runs without the shared folder. Hostile-response tests mutate them.
/// </summary>
internal static class SeedExamples
{
    public const string Create = """
        { "asset_id": "asset_abc123", "status": "pending_upload", "uploaded_via": "url", "url": "https://example.com", "visibility": "workspace", "workspace_id": "ws_abc123", "expires_at": "2019-12-27T18:11:19.117Z", "upload": { "content_type": "multipart/form-data", "file_field": "file", "form_fields": { "foo": "string" }, "method": "POST", "url": "https://example.com" }, "upload_url": "https://upload.imagekit.io/api/v1/files/upload" }
        """;

    public const string GuideReservation = """
        { "asset_id": "asset_...", "url": "https://ik.imagekit.io/flora/...", "status": "pending_upload", "upload": { "url": "https://...", "formFields": {}, "fileField": "file" } }
        """;

    public const string Complete = """
        { "asset_id": "asset_abc123", "status": "pending_upload", "url": "https://example.com", "visibility": "workspace", "workspace_id": "ws_abc123", "expires_at": "2019-12-27T18:11:19.117Z", "failure_message": "failure_message", "upload": { "content_type": "multipart/form-data", "file_field": "file", "form_fields": { "foo": "string" }, "method": "POST", "url": "https://example.com" }, "upload_url": "https://upload.imagekit.io/api/v1/files/upload" }
        """;

    public const string List = """
        { "assets": [ { "asset_id": "asset_abc123", "content_type": "content_type", "created_at": 0, "description": "description", "height": 0, "name": "name", "size_bytes": 0, "status": "pending_upload", "upload_content_type": "upload_content_type", "uploaded_via": "uploaded_via", "url": "https://example.com", "width": 0, "workspace_id": "ws_abc123", "node_id": "node_abc123", "project_id": "prj_abc123" } ], "meta": { "next_cursor": "eyJvZmZzZXQiOjIwfQ", "total_estimate": 0 } }
        """;

    public const string Retrieve = """
        { "asset_id": "asset_abc123", "content_type": "content_type", "created_at": "2019-12-27T18:11:19.117Z", "description": "description", "failure_message": "failure_message", "height": 0, "name": "name", "size_bytes": 0, "status": "pending_upload", "upload_content_type": "upload_content_type", "uploaded_via": "uploaded_via", "url": "https://example.com", "width": 0, "workspace_id": "ws_abc123" }
        """;

    public const string Attach = """
        { "asset_id": "asset_abc123", "project_id": "prj_abc123", "status": "ready" }
        """;

    public const string Error = """
        { "error": { "code": "input_validation_error", "message": "workspace_id must start with ws_", "fields": [ { "field": "workspace_id", "message": "must start with ws_" } ] } }
        """;

    public static readonly string[] All = [Create, GuideReservation, Complete, List, Retrieve, Attach, Error];
}

using System.Text;

namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>
/// The response bodies served by the in-memory handler and the loopback server: the documented examples of FLORA's
/// API reference (shared/seeds), serialized once to UTF-8.
/// </summary>
internal static class Payloads
{
    public const string ApiKey = "flora_bench_0123456789abcdef";
    public const string AssetId = "asset_abc123";
    public const string WorkspaceId = "ws_abc123";
    public const string RunId = "run_abc123";
    public const int PageSize = 100;

    /// <summary>GET /assets/{assetId}, as documented.</summary>
    public static readonly byte[] Retrieve = Encoding.UTF8.GetBytes(
        """{ "asset_id": "asset_abc123", "content_type": "content_type", "created_at": "2019-12-27T18:11:19.117Z", "description": "description", "failure_message": "failure_message", "height": 0, "name": "name", "size_bytes": 0, "status": "pending_upload", "upload_content_type": "upload_content_type", "uploaded_via": "uploaded_via", "url": "https://example.com", "width": 0, "workspace_id": "ws_abc123" }""");

    /// <summary>GET /runs/{runId}: a completed run with an image and a text output, in the shape of FLORA's SDK 0.11.0.</summary>
    public static readonly byte[] Run = Encoding.UTF8.GetBytes(
        """{ "run_id": "run_abc123", "status": "completed", "progress": 100, "created_at": "2019-12-27T18:11:19.117Z", "started_at": "2019-12-27T18:11:20.117Z", "completed_at": "2019-12-27T18:11:49.117Z", "charged_cost": 0.12, "error_code": null, "error_message": null, "poll_url": "https://app.flora.ai/api/v1/runs/run_abc123", "outputs": [ { "output_id": "image", "type": "imageUrl", "url": "https://example.com/out.png" }, { "output_id": "caption", "type": "text", "url": "a caption" } ] }""");

    /// <summary>POST /assets (signed-url), as documented.</summary>
    public static readonly byte[] Create = Encoding.UTF8.GetBytes(
        """{ "asset_id": "asset_abc123", "status": "pending_upload", "uploaded_via": "url", "url": "https://example.com", "visibility": "workspace", "workspace_id": "ws_abc123", "expires_at": "2019-12-27T18:11:19.117Z", "upload": { "content_type": "multipart/form-data", "file_field": "file", "form_fields": { "foo": "string" }, "method": "POST", "url": "https://example.com" }, "upload_url": "https://upload.imagekit.io/api/v1/files/upload" }""");

    /// <summary>The documented list item.</summary>
    public const string ListItem =
        """{ "asset_id": "asset_abc123", "content_type": "content_type", "created_at": 0, "description": "description", "height": 0, "name": "name", "size_bytes": 0, "status": "pending_upload", "upload_content_type": "upload_content_type", "uploaded_via": "uploaded_via", "url": "https://example.com", "width": 0, "workspace_id": "ws_abc123", "node_id": "node_abc123", "project_id": "prj_abc123" }""";

    /// <summary>GET /assets: one page of 100 documented items with the documented meta.</summary>
    public static readonly byte[] ListPage = BuildPage("eyJvZmZzZXQiOjIwfQ");

    /// <summary>The cursor the list-all pages hand out for page <paramref name="index"/> (1-based; page 0 has none).</summary>
    public static string CursorFor(int index) => "page-" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Builds <paramref name="count"/> pages of 100 items that chain through <see cref="CursorFor"/>; the last has no cursor.</summary>
    public static byte[][] BuildChain(int count)
    {
        var pages = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            pages[i] = BuildPage(i + 1 < count ? CursorFor(i + 1) : null);
        }

        return pages;
    }

    private static byte[] BuildPage(string? nextCursor)
    {
        var json = new StringBuilder("""{ "assets": [ """);
        for (var i = 0; i < PageSize; i++)
        {
            json.Append(i == 0 ? string.Empty : ", ").Append(ListItem);
        }

        json.Append(""" ], "meta": { "next_cursor": """)
            .Append(nextCursor is null ? "null" : "\"" + nextCursor + "\"")
            .Append(""", "total_estimate": 0 } }""");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}

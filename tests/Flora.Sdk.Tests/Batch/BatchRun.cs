using System.Net;
using System.Text.RegularExpressions;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>What the batch tests share: the batch's workspace, the stub's answer to a create, and reading a whole batch.</summary>
internal static class BatchRun
{
    public static readonly AssetBatchUploadParams Params = new() { WorkspaceId = "ws_1" };

    /// <summary>The asset the stub makes for a file: <c>asset_</c> and the name without its extension.</summary>
    public static string AssetIdFor(string fileName) => "asset_" + Path.GetFileNameWithoutExtension(fileName);

    /// <summary>A stream item of <paramref name="length"/> bytes (direct path), opened afresh on its turn.</summary>
    public static AssetUploadItem Item(string fileName, int length = 10) =>
        AssetUploadItem.FromStream(fileName, () => new MemoryStream(new byte[length]));

    /// <summary>
    /// A 201 for the create <paramref name="request"/>: a direct create's asset in <paramref name="status"/>, or, for a
    /// signed create (JSON), a reservation whose target is <c>https://upload.test/&lt;asset id&gt;</c>.
    /// </summary>
    public static HttpResponseMessage Created(RecordedRequest request, string status = "ready")
    {
        var id = AssetIdFor(FileNameOf(request));
        var json = request.BodyText![0] == '{'
            ? $$$"""{"asset_id":"{{{id}}}","status":"pending_upload","uploaded_via":"signed_url","workspace_id":"ws_1","expires_at":"2000-01-01T01:00:00Z","upload":{"method":"POST","url":"https://upload.test/{{{id}}}","file_field":"file","form_fields":{} } }"""
            : $$"""{"asset_id":"{{id}}","status":"{{status}}","uploaded_via":"direct","url":"https://cdn.test/{{id}}","workspace_id":"ws_1","visibility":"workspace"}""";
        return Json(HttpStatusCode.Created, json);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>Answers every create at once with <see cref="Created"/>, and a signed upload's send and complete.</summary>
    public static StubApi CreatesAnswered(this StubApi api) =>
        api.OnHeld(HttpMethod.Post, "assets", request => Task.FromResult(Created(request)))
            .On(HttpMethod.Post, "https://upload.test/*", Reply.Status(HttpStatusCode.NoContent))
            .OnHeld(HttpMethod.Post, "assets/*/complete", request => Task.FromResult(Json(
                HttpStatusCode.OK, $$"""{"asset_id":"{{request.Uri.Segments[request.Uri.Segments.Length - 2].TrimEnd('/')}}","status":"ready"}""")));

    /// <summary>The file name a create sent: a JSON field (signed path) or a form field (direct path).</summary>
    public static string FileNameOf(RecordedRequest request) =>
        Field(request, "file_name") ?? throw new Xunit.Sdk.XunitException("The request names no file: " + request.BodyText);

    /// <summary>A field of a create's body, JSON or multipart; null when it was not sent.</summary>
    public static string? Field(RecordedRequest request, string name)
    {
        var body = request.BodyText ?? string.Empty;
        var json = Regex.Match(body, $"\"{name}\":\"(?<value>[^\"]*)\"");
        var form = Regex.Match(body, $"name=\"?{name}\"?(?:;[^\\r\\n]*)?\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(?<value>[^\\r\\n]*)");
        return json.Success ? json.Groups["value"].Value : form.Success ? form.Groups["value"].Value : null;
    }

    /// <summary>Reads the whole batch, as a caller's <c>await foreach</c> does.</summary>
    public static async Task<List<AssetUploadResult>> CollectAsync(IAsyncEnumerable<AssetUploadResult> batch)
    {
        var results = new List<AssetUploadResult>();
        await foreach (var result in batch)
        {
            results.Add(result);
        }

        return results;
    }
}

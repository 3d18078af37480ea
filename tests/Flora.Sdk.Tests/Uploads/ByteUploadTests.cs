using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>The send to the upload host as the logs show it: its path once, and never the signed URL's query (its signature).</summary>
public class ByteUploadTests
{
    private const string AssetId = UploadSagaTests.AssetId;

    [Fact]
    public async Task UploadAsync_SignedUrlWithSignatureInItsQuery_LogsTheHostsPathWithoutTheQuery()
    {
        var provider = new FakeLoggerProvider();
        using var factory = new LoggerFactory([provider], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"pending_upload","upload_url":"https://upload.test/put/abc?X-Signature=s3cr3t"}"""))
            .On(HttpMethod.Put, "https://upload.test/put/abc", Reply.Status(HttpStatusCode.OK))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"ready"}"""));
        using var client = api.Client(o => o.LoggerFactory = factory);

        await client.Assets.UploadAsync(new MemoryStream(new byte[10]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });

        var logs = provider.Collector.GetSnapshot();
        Assert.Contains(logs, l => l.Message.Contains("PUT /put/abc ", StringComparison.Ordinal) && l.Message.Contains("answered 200", StringComparison.Ordinal));
        Assert.All(logs, l => Assert.DoesNotContain("s3cr3t", l.Message));
        Assert.All(logs, l => Assert.DoesNotContain("//put", l.Message));
    }
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>The direct create's form: only the fields the upload has, each a bare value, the file last; its progress and its wait.</summary>
public class DirectUploadFormTests
{
    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "product.png" };

    [Fact]
    public async Task UploadAsync_NoFolderOrProject_SendsOnlyTheFieldsItHasAsBareValues()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(DirectUploadTests.ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params);

        var request = api.Single();
        Assert.Equal(
            [new FormPart("workspace_id", null, null), new FormPart("file_name", null, null), new FormPart("content_type", null, null), new FormPart("file", "product.png", "image/png")],
            request.Parts);
        Assert.Contains("\r\n\r\nws_1\r\n", request.BodyText);
        Assert.Contains("\r\n\r\nproduct.png\r\n", request.BodyText);
        Assert.Contains("\r\n\r\nimage/png\r\n", request.BodyText);
    }

    [Fact]
    public async Task UploadAsync_Direct_ReportsCumulativeProgressEndingAtTheLength()
    {
        var progress = new RecordingProgress();
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Json(DirectUploadTests.ReadyDirect(), HttpStatusCode.Created));
        using var client = api.Client();

        await client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(200_000)), s_params with { Progress = progress });

        Assert.Equal(200_000, progress.Values[^1]);
    }

    [Fact]
    public async Task UploadAsync_DirectWithReadyTimeout_GivesUpAfterThatTimeout()
    {
        var clock = new TestClock();
        var pending = DirectUploadTests.ReadyDirect().Replace("\"ready\"", "\"processing\"", StringComparison.Ordinal);
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(pending, HttpStatusCode.Created))
            .On(HttpMethod.Get, $"assets/{DirectUploadTests.AssetId}", Reply.Json(pending));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(
            client.Assets.UploadAsync(new MemoryStream(DirectUploadTests.Content(10)), s_params with { WaitForReady = true, ReadyTimeout = TimeSpan.FromSeconds(2) })));

        Assert.Equal(DirectUploadTests.AssetId, ex.AssetId);
        Assert.Equal(TimeSpan.FromSeconds(2), clock.GetUtcNow() - started);
    }
}

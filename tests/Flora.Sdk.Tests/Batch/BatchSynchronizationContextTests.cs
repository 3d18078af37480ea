using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>
/// A batch never resumes on the caller's context (<see cref="StepDriver"/>), and never runs an item there: each item
/// starts on the pool, so a UI thread that started the batch is not handed the items' synchronous work (opening files).
/// </summary>
public class BatchSynchronizationContextTests
{
    private static readonly long s_now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    [Fact]
    public async Task UploadManyAsync_UploadedAndAdoptedItems_NeverRunOrResumeOnTheCallersContext()
    {
        var routes = new Routes()
            .On("POST assets", (HttpStatusCode.OK, """{"asset_id":"asset_1","status":"ready"}"""), (HttpStatusCode.Conflict, """{"error":{"code":"idempotency_duplicate","message":"already processed"}}"""))
            .On("GET assets", (HttpStatusCode.OK, $$$"""
                {"assets":[{"asset_id":"asset_2","name":"b.png","content_type":"image/png","status":"processing","uploaded_via":"direct","size_bytes":10,"workspace_id":"ws_1","created_at":{{{s_now}}}}],"meta":{"next_cursor":null}}
                """))
            .On("GET assets/asset_1", (HttpStatusCode.OK, """{"asset_id":"asset_1","status":"ready"}"""))
            .On("GET assets/asset_2", (HttpStatusCode.OK, """{"asset_id":"asset_2","status":"processing"}"""), (HttpStatusCode.OK, """{"asset_id":"asset_2","status":"ready"}"""));

        await StepDriver.AssertAtEveryStepAsync(
            routes.Respond,
            async (client, source) =>
            {
                var opened = new List<SynchronizationContext?>();
                var items = new[] { "a.png", "b.png" }.Select(name => AssetUploadItem.FromStream(name, () =>
                {
                    opened.Add(SynchronizationContext.Current);
                    return source(new byte[10]);
                }));
                var results = new List<AssetUploadResult>();
                await foreach (var result in client.Assets.UploadManyAsync(
                    items, new AssetBatchUploadParams { WorkspaceId = "ws_1", MaxConcurrency = 1, WaitForReady = true }, new RequestOptions { IdempotencyKey = "batch-1" }).ConfigureAwait(false))
                {
                    results.Add(result);
                }

                return (results, opened);
            },
            (run, _) =>
            {
                Assert.Equal(["asset_1", "asset_2"], run.results.Select(r => r.Asset?.AssetId ?? r.Error?.Message));
                Assert.Equal([false, true], run.results.Select(r => r.Adopted));
                Assert.Equal([null, null], run.opened);
            });
    }
}

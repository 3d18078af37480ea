using System.Net;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The send path and the asset endpoints never resume on the caller's context, at any step (<see cref="StepDriver"/>).</summary>
public class SendPathSynchronizationContextTests
{
    private const string Ready = """{"asset_id":"asset_s1","status":"ready"}""";

    [Fact]
    public async Task RetrieveAsync_NeverResumesOnTheCallersContext()
    {
        var steps = await StepDriver.AssertAtEveryStepAsync(
            (_, _) => (HttpStatusCode.OK, Ready),
            (client, _) => client.Assets.RetrieveAsync("asset_s1"),
            (asset, run) => Assert.Equal(("asset_s1", 1), (asset.AssetId, run.Requests)));

        Assert.True(steps >= 4, $"Only {steps} steps: the response, its stream, its reads and its dispose should each be one.");
    }

    [Fact]
    public async Task RetrieveAsync_AfterARetriedError_NeverResumesOnTheCallersContext()
    {
        await StepDriver.AssertAtEveryStepAsync(
            (_, asked) => asked == 1 ? (HttpStatusCode.ServiceUnavailable, """{"error":{"code":"service_unavailable","message":"busy"}}""") : (HttpStatusCode.OK, Ready),
            (client, _) => client.Assets.RetrieveAsync("asset_s1"),
            (asset, run) => Assert.Equal(("asset_s1", 2), (asset.AssetId, run.Requests)));
    }

    [Fact]
    public async Task RetrieveAsync_Refused_NeverResumesOnTheCallersContext()
    {
        await StepDriver.AssertAtEveryStepAsync(
            (_, _) => (HttpStatusCode.NotFound, """{"error":{"code":"not_found","message":"no such asset"}}"""),
            async (client, _) =>
            {
                // Assert.ThrowsAsync's own awaits capture the context, so the test catches the exception itself.
                try
                {
                    await client.Assets.RetrieveAsync("asset_s1").ConfigureAwait(false);
                    return "no exception";
                }
                catch (FloraNotFoundException ex)
                {
                    return ex.ErrorCode;
                }
            },
            (code, run) => Assert.Equal(("not_found", 1), (code, run.Requests)));
    }

    [Fact]
    public async Task CompleteAsync_RecoveredAfterALostAnswer_NeverResumesOnTheCallersContext()
    {
        await StepDriver.AssertAtEveryStepAsync(
            (request, asked) => request.Method == HttpMethod.Get ? (HttpStatusCode.OK, Ready)
                : asked == 1 ? (HttpStatusCode.BadGateway, string.Empty)
                : (HttpStatusCode.Conflict, """{"error":{"code":"idempotency_duplicate","message":"already processed"}}"""),
            (client, _) => client.Assets.CompleteAsync("asset_s1"),
            (asset, run) => Assert.Equal(("asset_s1", 3), (asset.AssetId, run.Requests)));
    }

    [Fact]
    public async Task ListPageAsync_NeverResumesOnTheCallersContext()
    {
        const string Page = """{"assets":[{"asset_id":"a1"}],"meta":{"next_cursor":null}}""";

        await StepDriver.AssertAtEveryStepAsync(
            (_, _) => (HttpStatusCode.OK, Page),
            (client, _) => client.Assets.WithRawResponse.ListPageAsync(),
            (page, _) => Assert.Equal("a1", Assert.Single(page.Value.Items).AssetId));
        await StepDriver.AssertAtEveryStepAsync(
            (_, _) => (HttpStatusCode.OK, Page),
            (client, _) => new AssetEndpoints(client.Api).ListPageAsync(null, "c1", null, default),
            (page, _) => Assert.Equal("a1", Assert.Single(page.Value.Items).AssetId));
    }

    [Fact]
    public async Task SendAsync_AnyEndpoint_NeverResumesOnTheCallersContext()
    {
        await StepDriver.AssertAtEveryStepAsync(
            (_, _) => (HttpStatusCode.OK, """{"id":"t_1"}"""),
            (client, _) => client.SendAsync(HttpMethod.Get, "things/t_1"),
            (_, run) => Assert.Equal(1, run.Requests));
    }
}

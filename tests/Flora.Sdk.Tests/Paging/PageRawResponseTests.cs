using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Paging;

/// <summary><see cref="Page{T}.GetRawResponse"/>: every page a list hands out knows the answer it came in.</summary>
public class PageRawResponseTests
{
    [Fact]
    public async Task AssetsListAsPages_EachPage_ReachesItsOwnResponsesHeaders()
    {
        var api = new StubApi().OnAny(
            Reply.Json("""{"assets":[{"asset_id":"a1","status":"ready"}],"meta":{"next_cursor":"c2"}}""", HttpStatusCode.OK, ("request-id", "req_page1"), ("x-ratelimit-remaining", "99")),
            Reply.Json("""{"assets":[{"asset_id":"a2","status":"ready"}],"meta":{"next_cursor":null}}""", HttpStatusCode.OK, ("request-id", "req_page2")));
        using var client = api.Client();

        var seen = new List<(string? RequestId, HttpStatusCode Status, bool SamePage)>();
        await foreach (var page in client.Assets.ListAsync().AsPages())
        {
            var raw = page.GetRawResponse();
            Assert.NotNull(raw);
            seen.Add((raw.RequestId, raw.StatusCode, ReferenceEquals(page, raw.Value)));
            if (raw.RequestId == "req_page1")
            {
                Assert.Equal(["99"], raw.Headers.GetValues("x-ratelimit-remaining"));
            }
        }

        Assert.Equal([("req_page1", HttpStatusCode.OK, true), ("req_page2", HttpStatusCode.OK, true)], seen);
    }

    [Fact]
    public async Task AssetsListPageAsync_ThePage_ReachesTheSameResponse()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json("""{"assets":[],"meta":{"next_cursor":null}}""", HttpStatusCode.OK, ("request-id", "req_list")));
        using var client = api.Client();

        var raw = await client.Assets.WithRawResponse.ListPageAsync();

        Assert.Same(raw.Value, raw.Value.GetRawResponse()?.Value);
        Assert.Equal("req_list", raw.Value.GetRawResponse()?.RequestId);
    }

    [Fact]
    public async Task ProjectsListAndNodes_Pages_ReachTheirResponsesHeaders()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "projects/prj_1/nodes", Reply.Json("""{"nodes":[],"meta":{"next_cursor":null}}""", HttpStatusCode.OK, ("request-id", "req_nodes")))
            .On(HttpMethod.Get, "projects?workspace_id=ws_1", Reply.Json("""{"projects":[],"meta":{"next_cursor":null}}""", HttpStatusCode.OK, ("request-id", "req_projects")));
        using var client = api.Client();

        string? projects = null, nodes = null;
        await foreach (var page in client.Projects.ListAsync(new ProjectListParams { WorkspaceId = "ws_1" }).AsPages())
        {
            projects = page.GetRawResponse()?.RequestId;
        }

        await foreach (var page in client.Projects.ListNodesAsync("prj_1").AsPages())
        {
            nodes = page.GetRawResponse()?.RequestId;
        }

        Assert.Equal("req_projects", projects);
        Assert.Equal("req_nodes", nodes);
    }

    [Fact]
    public void PageMadeByHand_HasNoResponse() =>
        Assert.Null(new Page<AssetListResponse>([]).GetRawResponse());
}

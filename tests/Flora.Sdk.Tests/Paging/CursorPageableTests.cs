using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Paging;

public class CursorPageableTests
{
    internal const string TrickyCursor = "ab+cd/ef==";

    private static Func<HttpRequestMessage, HttpResponseMessage> Page(string nextCursor, params string[] ids) =>
        Reply.Json(Body(ids, nextCursor is null ? "null" : $"\"{nextCursor}\""));

    private static string Body(string[] ids, string nextCursorJson) =>
        "{\"assets\":[" + string.Join(",", ids.Select(id => $"{{\"asset_id\":\"{id}\",\"status\":\"ready\"}}")) + "],\"meta\":{\"next_cursor\":" + nextCursorJson + ",\"total_estimate\":5}}";

    private static StubApi ThreePages() => new StubApi().OnAny(
        Page("c2", "a1", "a2"),
        Page(TrickyCursor, "a3", "a4"),
        Page(null!, "a5"));

    [Fact]
    public async Task ListAsync_ThreePages_YieldsEveryItemInOrder()
    {
        var api = ThreePages();
        using var client = api.Client();

        var ids = new List<string?>();
        await foreach (var asset in client.Assets.ListAsync(new AssetListParams { Limit = 2 }))
        {
            ids.Add(asset.AssetId);
        }

        Assert.Equal(["a1", "a2", "a3", "a4", "a5"], ids);
        Assert.Equal(
            ["/api/v1/assets?limit=2", "/api/v1/assets?limit=2&cursor=c2", "/api/v1/assets?limit=2&cursor=ab%2Bcd%2Fef%3D%3D"],
            api.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task ListAsync_CursorWithPlusSlashEquals_IsSentPercentEncodedExactly()
    {
        var api = ThreePages();
        using var client = api.Client();

        await foreach (var _ in client.Assets.ListAsync())
        {
        }

        var third = api.Requests[2];
        Assert.Equal("?cursor=ab%2Bcd%2Fef%3D%3D", third.Uri.Query);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task ListAsync_Enumerating_FetchesNextPageOnlyWhenReached()
    {
        var api = ThreePages();
        using var client = api.Client();

        var pageable = client.Assets.ListAsync();
        Assert.Equal(0, api.Count);

        await using var items = pageable.GetAsyncEnumerator();
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("a1", items.Current.AssetId);
        Assert.Equal(1, api.Count);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("a2", items.Current.AssetId);
        Assert.Equal(1, api.Count);

        Assert.True(await items.MoveNextAsync());
        Assert.Equal("a3", items.Current.AssetId);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task AsPages_ThreePages_ReturnsPagesWithCursorsAndEstimate()
    {
        var api = ThreePages();
        using var client = api.Client();

        var pages = new List<Page<AssetListResponse>>();
        await foreach (var page in client.Assets.ListAsync().AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(3, pages.Count);
        Assert.Equal(["c2", TrickyCursor, null], pages.Select(p => p.NextCursor));
        Assert.All(pages, p => Assert.Equal(5L, p.TotalEstimate));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
    }

    [Fact]
    public async Task AsPages_WithCursor_StartsThereAndWinsOverParamsCursor()
    {
        var api = new StubApi().OnAny(Page(null!, "a9"));
        using var client = api.Client();

        var pages = new List<Page<AssetListResponse>>();
        await foreach (var page in client.Assets.ListAsync(new AssetListParams { Cursor = "from-params", WorkspaceId = "ws_1" }).AsPages("x/y+z="))
        {
            pages.Add(page);
        }

        Assert.Single(pages);
        Assert.Equal("/api/v1/assets?workspace_id=ws_1&cursor=x%2Fy%2Bz%3D", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task ListAsync_ParamsCursor_IsTheFirstPageCursor()
    {
        var api = new StubApi().OnAny(Page(null!, "a9"));
        using var client = api.Client();

        await foreach (var _ in client.Assets.ListAsync(new AssetListParams { Cursor = "start" }))
        {
        }

        Assert.Equal("/api/v1/assets?cursor=start", api.Single().PathAndQuery);
    }

    [Theory]
    [InlineData("""{"assets":[{"asset_id":"a1"}],"meta":{"next_cursor":null}}""")]
    [InlineData("""{"assets":[{"asset_id":"a1"}],"meta":{"next_cursor":""}}""")]
    [InlineData("""{"assets":[{"asset_id":"a1"}],"meta":{"total_estimate":1}}""")]
    [InlineData("""{"assets":[{"asset_id":"a1"}]}""")]
    public async Task ListAsync_NextCursorNullEmptyOrMissing_StopsAfterOnePage(string body)
    {
        var api = new StubApi().OnAny(Reply.Json(body), Reply.Json(body));
        using var client = api.Client();

        var count = 0;
        await foreach (var _ in client.Assets.ListAsync())
        {
            count++;
        }

        Assert.Equal(1, count);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task ListAsync_ServerRepeatsACursor_ThrowsInsteadOfLooping()
    {
        var api = new StubApi().OnAny(Page("c1", "a1"), Page("c2", "a2"), Page("c1", "a3"), Page("c1", "a4"));
        using var client = api.Client();

        var seen = new List<string?>();
        var ex = await Assert.ThrowsAsync<FloraPagingException>(async () =>
        {
            await foreach (var asset in client.Assets.ListAsync())
            {
                seen.Add(asset.AssetId);
            }
        });

        Assert.Contains("c1", ex.Message);
        Assert.Equal(["a1", "a2", "a3"], seen);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task ListAsync_PageReturnsItsOwnCursor_Throws()
    {
        var api = new StubApi().OnAny(Page("same", "a1"));
        using var client = api.Client();

        await Assert.ThrowsAsync<FloraPagingException>(async () =>
        {
            await foreach (var _ in client.Assets.ListAsync(new AssetListParams { Cursor = "same" }))
            {
            }
        });

        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task ListAsync_EmptyPageWithCursor_KeepsPaging()
    {
        var api = new StubApi().OnAny(Page("c2"), Page(null!, "a1"));
        using var client = api.Client();

        var ids = new List<string?>();
        await foreach (var asset in client.Assets.ListAsync())
        {
            ids.Add(asset.AssetId);
        }

        Assert.Equal(["a1"], ids);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task ListAsync_EnumeratedTwice_StartsOverEachTime()
    {
        var api = new StubApi().OnAny(Page(null!, "a1"));
        using var client = api.Client();
        var pageable = client.Assets.ListAsync();

        await foreach (var _ in pageable)
        {
        }

        await foreach (var _ in pageable)
        {
        }

        Assert.Equal(2, api.Count);
    }

    [Fact]
    public async Task ListAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var api = new StubApi().OnAny(Page("c2", "a1"), Page(null!, "a2"));
        using var client = api.Client();
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.Assets.ListAsync().WithCancellation(cts.Token))
            {
                await cts.CancelAsync();
            }
        });

        Assert.Equal(1, api.Count);
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Cursor paging and filters over real data.</summary>
public sealed class PagingTests
{
    [Fact]
    public async Task ListAsync_SeveralPages_VisitsEveryAssetOnceWithEncodedCursors()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        var created = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            created.Add((await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId, $"https://media.flora.ai/p{i}.png"))).AssetId);
        }

        var pages = new List<Page<AssetListResponse>>();
        await foreach (var page in emulator.Client.Assets.ListAsync(new AssetListParams { WorkspaceId = emulator.WorkspaceId, Limit = 10 }).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal([10, 10, 3], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(23, p.TotalEstimate));
        var listed = pages.SelectMany(p => p.Items).Select(a => a.AssetId!).ToList();
        Assert.Equal(created.AsEnumerable().Reverse(), listed);
        Assert.Null(pages[^1].NextCursor);
        foreach (var cursor in pages.Take(2).Select(p => p.NextCursor!))
        {
            Assert.Contains('+', cursor);
            Assert.Contains('/', cursor);
            Assert.Contains('=', cursor);
        }

        var listRequests = emulator.Requests.Where(r => r.Route == EmulatorRoute.List).ToList();
        Assert.Equal(3, listRequests.Count);
        Assert.Contains("cursor=" + Uri.EscapeDataString(pages[0].NextCursor!), listRequests[1].QueryString, StringComparison.Ordinal);
        Assert.Contains("%2B", listRequests[1].QueryString, StringComparison.Ordinal);
        Assert.All(listRequests, r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task ListAsync_StartingFromCursor_ContinuesAfterIt()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId));
        }

        var first = await emulator.Client.Assets.WithRawResponse.ListPageAsync(new AssetListParams { Limit = 2 });
        var rest = await emulator.Client.Assets.ListAsync(new AssetListParams { Limit = 2, Cursor = first.Value.NextCursor }).ToListAsync();

        Assert.Equal(3, rest.Count);
        Assert.Empty(rest.Select(a => a.AssetId).Intersect(first.Value.Items.Select(a => a.AssetId)));
    }

    [Fact]
    public async Task ListAsync_Filters_SelectByWorkspaceAndQuery()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId, "https://media.flora.ai/cat.png"));
        await emulator.Client.Assets.CreateAsync(TestData.FromUrl(emulator.WorkspaceId, "https://media.flora.ai/dog.png"));
        await emulator.Client.Assets.CreateAsync(TestData.FromUrl("ws_other", "https://media.flora.ai/cat-2.png"));

        var mine = await emulator.Client.Assets.ListAsync(new AssetListParams { WorkspaceId = emulator.WorkspaceId }).ToListAsync();
        var cats = await emulator.Client.Assets.ListAsync(new AssetListParams { Query = "CAT" }).ToListAsync();
        var all = await emulator.Client.Assets.ListAsync().ToListAsync();

        Assert.Equal(2, mine.Count);
        Assert.All(mine, a => Assert.Equal(emulator.WorkspaceId, a.WorkspaceId));
        Assert.Equal(["cat-2.png", "cat.png"], cats.Select(a => a.Name));
        Assert.Equal(3, all.Count);
        Assert.All(all, a => Assert.True(a.CreatedAt > 0));
    }
}

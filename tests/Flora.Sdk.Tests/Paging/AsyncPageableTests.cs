namespace Flora.Sdk.Tests.Paging;

public class AsyncPageableTests
{
    [Fact]
    public async Task FromPages_Enumerated_YieldsEveryItem()
    {
        var pageable = AsyncPageable<int>.FromPages([new Page<int>([1, 2], "c1"), new Page<int>([3])]);

        var items = new List<int>();
        await foreach (var item in pageable)
        {
            items.Add(item);
        }

        Assert.Equal([1, 2, 3], items);
    }

    [Fact]
    public async Task FromPages_AsPagesWithCursor_StartsAfterThePageThatHandedItOut()
    {
        var pageable = AsyncPageable<int>.FromPages([new Page<int>([1], "c1"), new Page<int>([2], "c2"), new Page<int>([3])]);

        var pages = new List<Page<int>>();
        await foreach (var page in pageable.AsPages("c1"))
        {
            pages.Add(page);
        }

        Assert.Equal([2, 3], pages.SelectMany(p => p.Items));
    }

    [Fact]
    public void Page_NullItems_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Page<int>(null!));
    }
}

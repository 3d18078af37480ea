using System.Net;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The retry count of a call: any count, however large, is that many retries more.</summary>
public class RetryCountTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(20)]
    public async Task RetrieveAsync_ManyRetries_TriesThatManyTimesMore(int maxRetries)
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.ServiceUnavailable, ("retry-after-ms", "1")));
        using var client = api.Client(clock);

        await Assert.ThrowsAsync<FloraInternalServerException>(() =>
            clock.RunAsync(client.Assets.RetrieveAsync("asset_1", new RequestOptions { MaxRetries = maxRetries })));

        await api.SettleAsync(clock);
        Assert.Equal(maxRetries + 1, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_SameCountTwice_RetriesBothCalls()
    {
        var clock = new TestClock();
        var api = new StubApi().OnAny(
            Reply.Status(HttpStatusCode.BadGateway, ("retry-after-ms", "1")), Reply.Fixture(Fixtures.Retrieve),
            Reply.Status(HttpStatusCode.BadGateway, ("retry-after-ms", "1")), Reply.Fixture(Fixtures.Retrieve));
        using var client = api.Client(clock, o => o.MaxRetries = 1);

        await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));
        await clock.RunAsync(client.Assets.RetrieveAsync("asset_abc123"));

        Assert.Equal(4, api.Count);
    }
}

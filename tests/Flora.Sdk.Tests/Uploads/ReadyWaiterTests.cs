using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>WaitForReadyAsync's schedule on the fake clock: the first look at once, pauses growing by half up to 5 s, the default and an infinite timeout.</summary>
public class ReadyWaiterTests
{
    private const string AssetId = "asset_w1";

    private static Func<HttpRequestMessage, HttpResponseMessage> Asset(string status) =>
        Reply.Json($$"""{"asset_id":"{{AssetId}}","status":"{{status}}"}""");

    [Fact]
    public async Task WaitForReadyAsync_NoTimeout_GivesUpAfterTwoMinutesWithPausesCappedAtFiveSeconds()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("processing"));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId)));

        Assert.Equal(TimeSpan.FromMinutes(2), clock.GetUtcNow() - started);
        Assert.Equal((AssetStatus)"processing", ex.LastStatus);
        Assert.Contains("after 120 s", ex.Message);
        var pauses = clock.CreatedTimers;
        Assert.Equal([1, 1.5, 2.25, 3.375, 5, 5], pauses.Take(6).Select(p => p.TotalSeconds));
        Assert.All(pauses, p => Assert.True(p <= TimeSpan.FromSeconds(5), $"a {p} pause"));
        Assert.Equal(pauses.Count + 1, api.Count);
    }

    [Fact]
    public async Task WaitForReadyAsync_InfiniteTimeout_KeepsPollingAtTheCappedPauseUntilReady()
    {
        var clock = new TestClock();
        var statuses = Enumerable.Repeat(Asset("processing"), 40).Append(Asset("ready")).ToArray();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", statuses);
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var asset = await clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId, Timeout.InfiniteTimeSpan));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(41, api.Count);
        Assert.Equal(TimeSpan.FromSeconds(1 + 1.5 + 2.25 + 3.375 + (36 * 5)), clock.GetUtcNow() - started);
    }

    [Fact]
    public async Task WaitForReadyAsync_TimeoutShorterThanTheFirstPause_WaitsOnlyTheTimeoutThenLooksOnceMore()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("pending_upload"));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() =>
            clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId, TimeSpan.FromMilliseconds(300))));

        Assert.Equal([TimeSpan.FromMilliseconds(300)], clock.CreatedTimers);
        Assert.Equal(2, api.Count);
        Assert.Equal(AssetId, ex.AssetId);
    }

    [Fact]
    public async Task WaitForReadyAsync_PollInterval_IsTheFirstPauseGrowingByHalfUpToFiveSeconds()
    {
        var clock = new TestClock();
        var statuses = Enumerable.Repeat(Asset("processing"), 5).Append(Asset("ready")).ToArray();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", statuses);
        using var client = api.Client(clock);

        var asset = await clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId, new AssetWaitOptions { PollInterval = TimeSpan.FromSeconds(2) }));

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal([2, 3, 4.5, 5, 5], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(6, api.Count);
    }

    [Fact]
    public async Task WaitForReadyAsync_PollIntervalAboveFiveSeconds_KeepsItsPaceAndEndsItsLastPauseAtTheTimeout()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("processing"));
        using var client = api.Client(clock);
        var wait = new AssetWaitOptions { Timeout = TimeSpan.FromSeconds(35), PollInterval = TimeSpan.FromSeconds(10) };

        var ex = await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId, wait)));

        Assert.Equal([10, 10, 10, 5], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(5, api.Count);
        Assert.Equal(AssetId, ex.AssetId);
    }

    [Fact]
    public async Task WaitForReadyAsync_EmptyWaitOptions_WaitLikeTheTimeSpanOverloadWithoutATimeout()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("processing"));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        await Assert.ThrowsAsync<FloraAssetNotReadyException>(() => clock.RunAsync(client.Assets.WaitForReadyAsync(AssetId, new AssetWaitOptions())));

        Assert.Equal(TimeSpan.FromMinutes(2), clock.GetUtcNow() - started);
        Assert.Equal([1, 1.5, 2.25, 3.375, 5, 5], clock.CreatedTimers.Take(6).Select(p => p.TotalSeconds));
    }

    [Theory]
    [InlineData(0, "wait.PollInterval")]
    [InlineData(-1, "wait.PollInterval")]
    [InlineData(3_600_001, "wait.PollInterval")]
    [InlineData(null, "wait")]
    public async Task WaitForReadyAsync_PollIntervalNotPositiveOrAboveAnHour_ThrowsNamingItBeforeSending(int? milliseconds, string paramName)
    {
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("ready"));
        using var client = api.Client();
        var wait = milliseconds is { } ms ? new AssetWaitOptions { PollInterval = TimeSpan.FromMilliseconds(ms) } : null;

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Assets.WaitForReadyAsync(AssetId, wait!));

        Assert.Equal(paramName, error.ParamName);
        Assert.Equal(0, api.Count);
        Assert.Equal("wait.Timeout", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.Assets.WaitForReadyAsync(AssetId, new AssetWaitOptions { Timeout = TimeSpan.Zero }))).ParamName);
    }

    [Fact]
    public async Task WaitForReadyAsync_PollIntervalOfAnHour_IsAcceptedAndTheFirstLookIsAtOnce()
    {
        var api = new StubApi().On(HttpMethod.Get, $"assets/{AssetId}", Asset("ready"));
        using var client = api.Client();

        var asset = await client.Assets.WaitForReadyAsync(AssetId, new AssetWaitOptions { PollInterval = TimeSpan.FromHours(1) });

        Assert.Equal(AssetStatus.Ready, asset.Status);
        Assert.Equal(1, api.Count);
    }
}

using System.Diagnostics;
using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Flora.Sdk.Tests.Shared;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// WaitForCompletionAsync over real sockets against a server that processes slowly: the run stays pending, then
/// running, and every answer takes a while. The wait only reads the run: nothing is sent twice and nothing restarts it.
/// </summary>
public sealed class SlowRunTests
{
    private const string RunId = "run_slow1";

    [Fact]
    public async Task WaitForCompletionAsync_SlowServerPendingThenRunning_PollsOnlyOnItsScheduleAndNeverRestartsTheRun()
    {
        var polls = 0;
        await using var api = LoopbackServer.Start(async (request, stream, ct) =>
        {
            var n = Interlocked.Increment(ref polls);
            await Task.Delay(150, ct); // processes slowly
            var status = n <= 3 ? "pending" : n <= 7 ? "running" : "completed";
            var progress = n <= 3 ? 0 : n <= 7 ? (n - 3) * 20 : 100;
            await LoopbackServer.WriteResponseAsync(
                stream, 200, $$"""{"run_id":"{{RunId}}","status":"{{status}}","progress":{{progress}},"outputs":[]}""", ct);
        });
        var clock = new ScaledTimeProvider(20);
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/"), o =>
        {
            o.TimeProvider = clock;
            o.MaxRetries = 2;
        }));
        var started = clock.GetTimestamp();

        var run = await client.Runs.WaitForCompletionAsync(RunId).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(8, api.Requests.Count);
        Assert.All(api.Requests, r =>
        {
            Assert.Equal("GET", r.Method);
            Assert.Equal("/api/v1/runs/" + RunId, r.Target);
        });

        // Seven pauses of the schedule (1, 1.5, 2.25, 3.375, 5, 5, 5 s) at least passed on the client's clock.
        Assert.True(clock.GetElapsedTime(started) >= TimeSpan.FromSeconds(23.125), $"the wait took {clock.GetElapsedTime(started)}");
    }

    [Fact]
    public async Task WaitForCompletionAsync_SlowServerStillRunningAtTheTimeout_ThrowsNotFinishedAndSentOnlyReads()
    {
        await using var api = LoopbackServer.Start(async (request, stream, ct) =>
        {
            await Task.Delay(100, ct);
            await LoopbackServer.WriteResponseAsync(stream, 200, $$"""{"run_id":"{{RunId}}","status":"running","progress":55,"outputs":[]}""", ct);
        });
        var clock = new ScaledTimeProvider(20);
        using var client = new FloraClient(TestClients.Options(new Uri(api.Url, "api/v1/"), o => o.TimeProvider = clock));
        var stopwatch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<FloraRunNotFinishedException>(() =>
            client.Runs.WaitForCompletionAsync(RunId, new RunWaitOptions { Timeout = TimeSpan.FromSeconds(10) }).WaitAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(RunId, ex.RunId);
        Assert.Equal(RunStatus.Running, ex.LastStatus);
        Assert.Equal(55, ex.Progress);

        // 1, 1.5, 2.25, 3.375 and the clamped rest: at most 6 reads (the answers' own time shortens the last pause).
        Assert.InRange(api.Requests.Count, 2, 6);
        Assert.All(api.Requests, r => Assert.Equal("GET", r.Method));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30));
    }
}

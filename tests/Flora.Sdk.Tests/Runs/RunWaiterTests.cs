using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Runs;

/// <summary>WaitForCompletionAsync on the fake clock: the poll schedule, Retry-After, the end states, cancellation and validation.</summary>
public class RunWaiterTests
{
    private const string RunId = "run_w1";
    private const string RunPath = "runs/" + RunId;

    private static Func<HttpRequestMessage, HttpResponseMessage> Run(string status, double progress = 0, params (string Name, string Value)[] headers) =>
        Reply.Json($$"""{"run_id":"{{RunId}}","status":"{{status}}","progress":{{progress.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"outputs":[]}""", HttpStatusCode.OK, headers);

    [Fact]
    public async Task WaitForCompletionAsync_StaysRunning_PollsOnTheScheduleAndThrowsNotFinishedAtTenMinutes()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("running", 42.5));
        using var client = api.Client(clock);
        var started = clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<FloraRunNotFinishedException>(() => clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId)));

        Assert.Equal(TimeSpan.FromMinutes(10), clock.GetUtcNow() - started);
        double[] expected = [1, 1.5, 2.25, 3.375, .. Enumerable.Repeat(5.0, 118), 1.875];
        Assert.Equal(expected, clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(expected.Length + 1, api.Count);
        Assert.All(api.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
        Assert.Equal(RunId, ex.RunId);
        Assert.Equal(RunStatus.Running, ex.LastStatus);
        Assert.Equal(42.5, ex.Progress);
        Assert.Contains($"Run '{RunId}' is still 'running' (progress 42.5)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("goes on at FLORA", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"WaitForCompletionAsync(\"{RunId}\")", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForCompletionAsync_PendingThenRunningThenCompleted_ReturnsTheRunAfterTheScheduledPolls()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("pending"), Run("pending"), Run("running", 0.5), Run("running", 0.9), Run("completed", 1));
        using var client = api.Client(clock);

        var run = await clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId));

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(RunId, run.RunId);
        Assert.Equal([1, 1.5, 2.25, 3.375], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(5, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_Progress_ToldEachPollThatFindsTheRunNotEnded_OnTheSameSchedule()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("pending"), Run("running", 0.5), Run("queued", 0.6), Run("completed", 1));
        using var client = api.Client(clock);
        var told = new List<(RunStatus Status, double Progress)>();

        var run = await clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId, new RunWaitOptions { Progress = new Inline(r => told.Add((r.Status, r.Progress))) }));

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal([(RunStatus.Pending, 0), (RunStatus.Running, 0.5), (new RunStatus("queued"), 0.6)], told);
        Assert.Equal([1, 1.5, 2.25], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(4, api.Count);
    }

    private sealed class Inline(Action<Run> report) : IProgress<Run>
    {
        public void Report(Run value) => report(value);
    }

    [Fact]
    public async Task WaitForCompletionAsync_PollIntervalAndTimeout_FirstPauseIsTheIntervalAndTheLastEndsAtTheDeadline()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("running"));
        using var client = api.Client(clock);
        var wait = new RunWaitOptions { Timeout = TimeSpan.FromSeconds(20), PollInterval = TimeSpan.FromSeconds(2) };

        await Assert.ThrowsAsync<FloraRunNotFinishedException>(() => clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId, wait)));

        Assert.Equal([2, 3, 4.5, 5, 5, 0.5], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(7, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_TimeoutShorterThanTheFirstPause_WaitsOnlyTheTimeoutThenLooksOnceMore()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("pending"));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraRunNotFinishedException>(() =>
            clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId, new RunWaitOptions { Timeout = TimeSpan.FromMilliseconds(300) })));

        Assert.Equal([TimeSpan.FromMilliseconds(300)], clock.CreatedTimers);
        Assert.Equal(2, api.Count);
        Assert.Equal(RunStatus.Pending, ex.LastStatus);
    }

    [Fact]
    public async Task WaitForCompletionAsync_PollAnswersWithRetryAfter_TheLongerServerPauseWins()
    {
        var clock = new TestClock();
        var api = new StubApi().On(
            HttpMethod.Get, RunPath,
            Run("running", 0.1, ("Retry-After", "4")),
            Run("running", 0.2, ("Retry-After", "0")),
            Run("running", 0.3, ("retry-after-ms", "7500")),
            Run("completed", 1));
        using var client = api.Client(clock);

        var run = await clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId));

        // 4 s asked (over the schedule's 1 s); 0 s asked (the schedule's 1.5 s stands: never more polls than the schedule); 7.5 s asked.
        Assert.Equal([4, 1.5, 7.5], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(4, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_BusyAnswerWithRetryAfterAfterRetries_ComesBackThenAndFinishes()
    {
        var clock = new TestClock();
        var api = new StubApi().On(
            HttpMethod.Get, RunPath,
            Run("running"),
            Reply.Error((HttpStatusCode)429, "rate_limited", "slow down", ("Retry-After", "6")),
            Run("completed", 1));
        using var client = api.Client(clock, o => o.MaxRetries = 0);

        var run = await clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId));

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal([1, 6], clock.CreatedTimers.Select(p => p.TotalSeconds));
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_FirstPollRefused_ThrowsTheApiErrorWithoutWaiting()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Reply.Error((HttpStatusCode)429, "rate_limited", "slow down", ("Retry-After", "6")));
        using var client = api.Client(clock, o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<FloraRateLimitException>(() => clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId)));

        Assert.Empty(clock.CreatedTimers);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_RunFails_ThrowsRunFailedWithFlorasCodeAndMessage()
    {
        var clock = new TestClock();
        var failed = Reply.Json($$"""{"run_id":"{{RunId}}","status":"failed","progress":0.3,"error_code":"content_policy","error_message":"The prompt was refused.","outputs":[]}""");
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("running"), failed);
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraRunFailedException>(() => clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId)));

        Assert.Equal(RunId, ex.RunId);
        Assert.Equal("content_policy", ex.ErrorCode);
        Assert.Equal("The prompt was refused.", ex.RunErrorMessage);
        Assert.Equal(RunStatus.Failed, ex.Run.Status);
        Assert.Equal(0.3, ex.Run.Progress);
        Assert.Contains($"Run '{RunId}' failed with error code 'content_policy': The prompt was refused.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, api.Count);
    }

    [Fact]
    public void FloraRunFailedException_WithoutCodeOrMessage_SaysSo()
    {
        var ex = new FloraRunFailedException(new Run { RunId = "run_x", Status = RunStatus.Failed });

        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.RunErrorMessage);
        Assert.Contains("Run 'run_x' failed with no error code: FLORA gave no error message.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForCompletionAsync_UnknownStatus_KeepsWaiting()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("queued_for_gpu"), Run("warming_up"), Run("completed", 1));
        using var client = api.Client(clock);

        var run = await clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId));

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(3, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_UnknownStatusAtTheDeadline_ThrowsNotFinishedWithThatStatus()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("queued_for_gpu", 7));
        using var client = api.Client(clock);

        var ex = await Assert.ThrowsAsync<FloraRunNotFinishedException>(() =>
            clock.RunAsync(client.Runs.WaitForCompletionAsync(RunId, new RunWaitOptions { Timeout = TimeSpan.FromSeconds(3) })));

        Assert.Equal((RunStatus)"queued_for_gpu", ex.LastStatus);
        Assert.Equal(7, ex.Progress);
    }

    [Fact]
    public async Task WaitForCompletionAsync_Cancelled_EndsOnlyTheWaitAndSendsNothingMore()
    {
        var clock = new TestClock();
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("running"));
        using var client = api.Client(clock);
        using var cts = new CancellationTokenSource();

        var wait = client.Runs.WaitForCompletionAsync(RunId, cancellationToken: cts.Token);
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync());
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        clock.Advance(TimeSpan.FromMinutes(1));
        await api.SettleAsync(clock);
        var request = Assert.Single(api.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
    }

    [Theory]
    [InlineData("", "runId")]
    [InlineData("  ", "runId")]
    [InlineData("..", "runId")]
    [InlineData(null, "runId")]
    public async Task WaitForCompletionAsync_BadRunId_ThrowsBeforeSending(string? runId, string paramName)
    {
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("completed"));
        using var client = api.Client();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.WaitForCompletionAsync(runId!));

        Assert.Equal(paramName, error.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Theory]
    [InlineData(0, null, "wait.PollInterval")]
    [InlineData(-1, null, "wait.PollInterval")]
    [InlineData(3_600_001, null, "wait.PollInterval")]
    [InlineData(null, 0, "wait.Timeout")]
    [InlineData(null, -5, "wait.Timeout")]
    public async Task WaitForCompletionAsync_BadWaitOptions_ThrowsNamingThemBeforeSending(int? pollMs, int? timeoutMs, string paramName)
    {
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("completed"));
        using var client = api.Client();
        var wait = new RunWaitOptions
        {
            PollInterval = pollMs is { } p ? TimeSpan.FromMilliseconds(p) : null,
            Timeout = timeoutMs is { } t ? TimeSpan.FromMilliseconds(t) : null,
        };

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Runs.WaitForCompletionAsync(RunId, wait));

        Assert.Equal(paramName, error.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task WaitForCompletionAsync_AlreadyCompleted_ReturnsAfterOneLookWithoutWaiting()
    {
        var api = new StubApi().On(HttpMethod.Get, RunPath, Run("completed", 1));
        using var client = api.Client();

        var run = await client.Runs.WaitForCompletionAsync(RunId, new RunWaitOptions { PollInterval = TimeSpan.FromHours(1), Timeout = Timeout.InfiniteTimeSpan });

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(1, api.Count);
    }
}

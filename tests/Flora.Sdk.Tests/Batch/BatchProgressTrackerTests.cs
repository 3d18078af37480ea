using Flora.Sdk.Batch;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>The snapshots a batch reports as its items start, send bytes and finish.</summary>
public sealed class BatchProgressTrackerTests
{
    private static readonly AssetUploadItem s_a = BatchRun.Item("a.png");
    private static readonly AssetUploadItem s_b = BatchRun.Item("b.png");

    private readonly RecordingBatchProgress _sink = new();

    [Fact]
    public void Start_ReportsTheItemAtZeroBytesWithItsLengthAndCountsIt()
    {
        var tracker = new BatchProgressTracker(_sink);

        tracker.Start(s_a, 10);
        tracker.Start(s_b, null);

        Assert.Equal(
            [
                new AssetBatchUploadProgress { Item = s_a, ItemBytesSent = 0, ItemLength = 10, ItemFinished = false, FilesStarted = 1 },
                new AssetBatchUploadProgress { Item = s_b, ItemBytesSent = 0, ItemLength = null, ItemFinished = false, FilesStarted = 2 },
            ],
            _sink.Reports);
    }

    [Fact]
    public void ItemReport_AddsWhatTheItemSentSinceItsLastReportToTheBatchTotal()
    {
        var tracker = new BatchProgressTracker(_sink);
        var a = tracker.Start(s_a, 10);
        var b = tracker.Start(s_b, 20);

        a.Report(4);
        b.Report(5);
        a.Report(4);
        a.Report(10);

        Assert.Equal([(s_a, 4L, 4L), (s_b, 5L, 9L), (s_a, 10L, 15L)], _sink.Reports.Skip(2).Select(r => (r.Item, r.ItemBytesSent, r.BytesSent)));
        Assert.All(_sink.Reports.Skip(2), r => Assert.False(r.ItemFinished));
        Assert.Equal((10L, 5L), (a.Sent, b.Sent));
    }

    [Fact]
    public void Finish_CountsTheItemAsSucceededOrFailedAndReportsItFinishedWithWhatItSent()
    {
        var tracker = new BatchProgressTracker(_sink);
        var a = tracker.Start(s_a, 10);
        var b = tracker.Start(s_b, null);
        a.Report(10);
        b.Length = 7;
        b.Report(3);

        tracker.Finish(a, succeeded: true);
        tracker.Finish(b, succeeded: false);

        var (first, second) = (_sink.Reports[^2], _sink.Reports[^1]);
        Assert.Equal(new AssetBatchUploadProgress { Item = s_a, ItemBytesSent = 10, ItemLength = 10, ItemFinished = true, FilesStarted = 2, FilesSucceeded = 1, BytesSent = 13 }, first);
        Assert.Equal(new AssetBatchUploadProgress { Item = s_b, ItemBytesSent = 3, ItemLength = 7, ItemFinished = true, FilesStarted = 2, FilesSucceeded = 1, FilesFailed = 1, BytesSent = 13 }, second);
    }

    [Fact]
    public void Fail_CountsAnItemThatNeverStartedAsFailedAndFinished()
    {
        var tracker = new BatchProgressTracker(_sink);

        tracker.Fail(s_a, 12);

        Assert.Equal(new AssetBatchUploadProgress { Item = s_a, ItemBytesSent = 0, ItemLength = 12, ItemFinished = true, FilesFailed = 1 }, Assert.Single(_sink.Reports));
    }

    [Fact]
    public void Tracker_WithoutASink_CountsWithoutReporting()
    {
        var tracker = new BatchProgressTracker(null);

        var a = tracker.Start(s_a, 10);
        a.Report(5);
        tracker.Finish(a, succeeded: true);
        tracker.Fail(s_b, null);

        Assert.Equal(5, a.Sent);
    }

    [Fact]
    public async Task UploadManyAsync_OneItem_ReportsItsStartItsBytesAndItsEndAndTheTotalsNeverGoBack()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var item = BatchRun.Item("a.png", 1000);

        await BatchRun.CollectAsync(client.Assets.UploadManyAsync([item], BatchRun.Params with { Progress = _sink }));

        var reports = _sink.Reports;
        // A stream item's length is known only once it is opened, after its start was reported.
        Assert.Equal(new AssetBatchUploadProgress { Item = item, ItemLength = null, FilesStarted = 1 }, reports[0]);
        Assert.Equal(new AssetBatchUploadProgress { Item = item, ItemBytesSent = 1000, ItemLength = 1000, ItemFinished = true, FilesStarted = 1, FilesSucceeded = 1, BytesSent = 1000 }, reports[^1]);
        Assert.True(reports.Count > 2, "the bytes sent were reported between the start and the end");
        Assert.Equal(reports.Select(r => r.BytesSent).OrderBy(b => b), reports.Select(r => r.BytesSent));
    }
}

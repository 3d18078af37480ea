using System.Collections.Concurrent;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>
/// How a batch bounds its work: at most MaxConcurrency uploads in flight, items pulled and opened only as slots free up,
/// results in the order uploads finish, and a cancelled or abandoned batch that starts nothing more and leaves nothing running.
/// The stub holds every create until the test opens its gate, so nothing depends on timing.
/// </summary>
public sealed class BatchUploaderConcurrencyTests
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _gates = new();
    private readonly StubApi _api;
    private int _inFlight;
    private int _maxInFlight;
    private int _pulled;
    private int _opened;

    public BatchUploaderConcurrencyTests()
    {
        _api = new StubApi().OnHeld(HttpMethod.Post, "assets", async request =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            await Gate(BatchRun.FileNameOf(request)).Task;
            Interlocked.Decrement(ref _inFlight);
            return BatchRun.Created(request);
        });
    }

    [Fact]
    public async Task UploadManyAsync_MaxConcurrency2_KeepsTwoInFlightPullsAndOpensItemsAsSlotsFreeAndYieldsInFinishOrder()
    {
        using var client = _api.Client();
        var batch = client.Assets.UploadManyAsync(Items(5), BatchRun.Params with { MaxConcurrency = 2 }).GetAsyncEnumerator();
        try
        {
            var next = batch.MoveNextAsync().AsTask();
            await _api.WaitForCountAsync(2);
            await _api.SettleAsync();
            Assert.Equal((2, 2, 2), (_api.Count, _pulled, _opened));

            // Item 2 waits for a free slot, and item 1 finishes first: its result comes first.
            Assert.Equal(1, await NextIndexAsync(batch, next, release: "item-1.png"));
            next = batch.MoveNextAsync().AsTask();
            await _api.WaitForCountAsync(3);
            await _api.SettleAsync();
            Assert.Equal((3, 3, 3), (_api.Count, _pulled, _opened));

            Assert.Equal(0, await NextIndexAsync(batch, next, release: "item-0.png"));
            next = batch.MoveNextAsync().AsTask();
            await _api.WaitForCountAsync(4);
            Assert.Equal(3, await NextIndexAsync(batch, next, release: "item-3.png"));
            next = batch.MoveNextAsync().AsTask();
            await _api.WaitForCountAsync(5);
            Assert.Equal(4, await NextIndexAsync(batch, next, release: "item-4.png"));
            Assert.Equal(2, await NextIndexAsync(batch, batch.MoveNextAsync().AsTask(), release: "item-2.png"));
            Assert.False(await batch.MoveNextAsync());
            Assert.Equal(2, _maxInFlight);
        }
        finally
        {
            await batch.DisposeAsync();
        }
    }

    [Fact]
    public async Task UploadManyAsync_CancelledMidBatch_YieldsWhatFinishedThenThrowsAndStartsNothingMore()
    {
        using var client = _api.Client();
        using var cancel = new CancellationTokenSource();
        var batch = client.Assets.UploadManyAsync(Items(4), BatchRun.Params with { MaxConcurrency = 2 }, cancellationToken: cancel.Token).GetAsyncEnumerator();
        try
        {
            var first = batch.MoveNextAsync().AsTask();
            await _api.WaitForCountAsync(2);
            Release("item-0.png");
            Assert.True(await first);
            Assert.Equal(0, batch.Current.Index);

            await cancel.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal((2, 2), (_api.Count, _pulled));
        }
        finally
        {
            await batch.DisposeAsync();
        }
    }

    [Fact]
    public async Task UploadManyAsync_CancelledWhileTheBatchPullsAnItem_NeverStartsOrOpensThatItem()
    {
        using var client = _api.Client();
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingBatchProgress();
        var opened = 0;
        IEnumerable<AssetUploadItem> Items()
        {
            cancel.Cancel();
            yield return AssetUploadItem.FromStream("a.png", () => { opened++; return new MemoryStream(new byte[4]); });
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BatchRun.CollectAsync(
            client.Assets.UploadManyAsync(Items(), BatchRun.Params with { Progress = progress }, cancellationToken: cancel.Token)));

        Assert.Equal((0, 0), (opened, _api.Count));
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public async Task UploadManyAsync_ItemWhoseSourceBlocksWhileOpening_DoesNotHoldUpTheNextItem()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        using var opening = new ManualResetEventSlim();
        AssetUploadItem[] items =
        [
            AssetUploadItem.FromStream("slow.png", () =>
            {
                // A synchronous open (a network share, say) that only ends once the next item was sent.
                opening.Wait(TimeSpan.FromSeconds(30));
                return new MemoryStream(new byte[4]);
            }),
            BatchRun.Item("next.png"),
        ];

        var batch = Task.Run(() => BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, BatchRun.Params with { MaxConcurrency = 2 })));
        await api.WaitForCountAsync(1);
        opening.Set();
        var results = await batch.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(["next.png", "slow.png"], api.Requests.Select(BatchRun.FileNameOf));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
    }

    [Fact]
    public async Task UploadManyAsync_CancelledBeforeTheFirstRead_PullsNothingSendsNothingAndThrows()
    {
        using var client = _api.Client();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BatchRun.CollectAsync(client.Assets.UploadManyAsync(Items(3), BatchRun.Params, cancellationToken: cancel.Token)));

        Assert.Equal((0, 0), (_api.Count, _pulled));
    }

    [Fact]
    public async Task UploadManyAsync_CallerStopsReading_CancelsTheUploadsInFlightAndEndsThemBeforeReturning()
    {
        using var client = _api.Client();
        var streams = new ConcurrentBag<TrackedStream>();
        var items = Enumerable.Range(0, 3).Select(i => AssetUploadItem.FromStream($"item-{i}.png", () =>
        {
            var stream = new TrackedStream(new byte[4], slowToDispose: true);
            streams.Add(stream);
            return stream;
        }));
        var batch = client.Assets.UploadManyAsync(items, BatchRun.Params with { MaxConcurrency = 3 }).GetAsyncEnumerator();
        var first = batch.MoveNextAsync().AsTask();
        await _api.WaitForCountAsync(3);
        Release("item-0.png");
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, batch.Current.Index);

        // What a break out of await foreach does: items 1 and 2 are still being sent.
        await batch.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, streams.Count);
        Assert.All(streams, s => Assert.True(s.Disposed));
    }

    private async Task<int> NextIndexAsync(IAsyncEnumerator<AssetUploadResult> batch, Task<bool> next, string release)
    {
        Release(release);
        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(BatchRun.AssetIdFor(release), batch.Current.Asset!.AssetId);
        return batch.Current.Index;
    }

    private IEnumerable<AssetUploadItem> Items(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Interlocked.Increment(ref _pulled);
            yield return AssetUploadItem.FromStream($"item-{i}.png", () =>
            {
                Interlocked.Increment(ref _opened);
                return new MemoryStream(new byte[4]);
            });
        }
    }

    private TaskCompletionSource<bool> Gate(string fileName) =>
        _gates.GetOrAdd(fileName, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

    private void Release(string fileName) => Gate(fileName).TrySetResult(true);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

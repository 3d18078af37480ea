using System.Threading.Tasks.Sources;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>
/// Items whose stream opens asynchronously (a blob, an HTTP body): the batch awaits the opener with the item's token,
/// never blocks a thread on it, and keeps what it throws to its item, as for a synchronous opener.
/// </summary>
public sealed class BatchUploaderAsyncOpenerTests
{
    private static readonly AssetBatchUploadParams s_oneAtATime = BatchRun.Params with { MaxConcurrency = 1 };

    [Fact]
    public async Task UploadManyAsync_AsyncOpenerStillOpening_IsAwaitedNotBlockedOnAndUploadsOnceItOpens()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var opening = new PendingStream();
        var item = AssetUploadItem.FromStream("blob.png", _ => new ValueTask<Stream>(opening, opening.Version));

        var batch = BatchRun.CollectAsync(client.Assets.UploadManyAsync([item], s_oneAtATime));

        // Awaiting registers a continuation; blocking (.Result, GetAwaiter().GetResult()) would read the pending source instead.
        await opening.Awaited.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(batch.IsCompleted);
        Assert.Equal(0, api.Count);
        opening.Open(new MemoryStream(new byte[12]));
        var results = await batch.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(results[0].Succeeded, results[0].Error?.ToString());
        Assert.Equal(12L, results[0].Length);
        Assert.Equal("blob.png", BatchRun.FileNameOf(api.Single()));
        Assert.False(opening.ReadBeforeOpened);
    }

    [Fact]
    public async Task UploadManyAsync_CallerCancelsWhileAnAsyncOpenerOpens_CancelsTheTokenTheOpenerWasGivenAndSendsNothing()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        using var cancel = new CancellationTokenSource();
        var called = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var item = AssetUploadItem.FromStream("slow.png", async token =>
        {
            called.SetResult(token);
            await Task.Delay(Timeout.Infinite, token);
            return Stream.Null;
        });

        var batch = BatchRun.CollectAsync(client.Assets.UploadManyAsync([item], s_oneAtATime, cancellationToken: cancel.Token));
        var given = await called.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(given.IsCancellationRequested);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(given.IsCancellationRequested);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task UploadManyAsync_AsyncOpenersThatFail_FailTheirItemsWithTheirErrorsAndTheRestUpload()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items =
        [
            AssetUploadItem.FromStream("io.png", async _ => { await Task.Yield(); throw new IOException("blob gone"); }),
            AssetUploadItem.FromStream("denied.png", _ => throw new UnauthorizedAccessException("no")),
            AssetUploadItem.FromStream("refused.png", _ => new ValueTask<Stream>(Task.FromException<Stream>(new FloraConnectionException("host down")))),
            AssetUploadItem.FromStream("null.png", _ => new ValueTask<Stream>((Stream)null!)),
            AssetUploadItem.FromStream("ok.png", async _ => { await Task.Yield(); return new MemoryStream(new byte[10]); }),
        ];

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, s_oneAtATime));

        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.Index));
        Assert.Equal("blob gone", Assert.IsType<IOException>(results[0].Error).Message);
        Assert.IsType<UnauthorizedAccessException>(results[1].Error);
        Assert.IsType<FloraConnectionException>(results[2].Error);
        Assert.Contains("stream factory of item 'null.png' returned null", Assert.IsType<ArgumentException>(results[3].Error).Message, StringComparison.Ordinal);
        Assert.True(results[4].Succeeded, results[4].Error?.ToString());
        Assert.Equal("ok.png", BatchRun.FileNameOf(api.Single()));
    }

    [Fact]
    public async Task UploadManyAsync_AsyncOpenerThrowsAnUnexpectedException_EndsTheBatchWithIt()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        AssetUploadItem[] items =
        [
            AssetUploadItem.FromStream("bug.png", async _ => { await Task.Yield(); throw new InvalidOperationException("a bug"); }),
            BatchRun.Item("b.png"),
        ];

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BatchRun.CollectAsync(client.Assets.UploadManyAsync(items, s_oneAtATime)));

        Assert.Equal("a bug", error.Message);
        Assert.Equal(0, api.Count);
    }

    /// <summary>A stream still opening: says when someone awaits it, and fails a read of its result before it opened.</summary>
    private sealed class PendingStream : IValueTaskSource<Stream>
    {
        private ManualResetValueTaskSourceCore<Stream> _core = new() { RunContinuationsAsynchronously = true };
        private volatile bool _opened;

        public TaskCompletionSource<bool> Awaited { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool ReadBeforeOpened { get; private set; }

        public short Version => _core.Version;

        public void Open(Stream stream)
        {
            _opened = true;
            _core.SetResult(stream);
        }

        public Stream GetResult(short token)
        {
            ReadBeforeOpened |= !_opened;
            return _core.GetResult(token);
        }

        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            _core.OnCompleted(continuation, state, token, flags);
            Awaited.TrySetResult(true);
        }
    }
}

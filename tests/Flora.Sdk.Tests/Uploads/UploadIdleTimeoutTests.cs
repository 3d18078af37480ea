using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// The byte upload has an idle timeout (<see cref="FloraClientOptions.Timeout"/>), restarted by every read of the
/// content: a long upload that keeps moving succeeds, a stalled one fails as <see cref="FloraTimeoutException"/>. All
/// on the fake clock: the content stream moves it.
/// </summary>
public sealed class UploadIdleTimeoutTests
{
    private const string Target = UploadSagaTests.FirstTarget;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);
    private static readonly AssetUploadParams s_params = new() { WorkspaceId = "ws_1", FileName = "a.bin", AllowUnknownContentType = true, UploadPath = AssetUploadPath.SignedUrl };

    [Fact]
    public async Task UploadAsync_EachReadTakesNineTenthsOfTheTimeout_SucceedsOverManyReads()
    {
        var clock = new TestClock();
        var content = new ClockedStream(clock, reads: 40, perRead: s_timeout * 0.9);
        var api = Api(out var target);
        using var client = api.Client(o => Configure(o, clock));
        var start = clock.GetUtcNow();

        var result = await client.Assets.UploadAsync(content, s_params);

        Assert.Equal(AssetStatus.Ready, result.Status);
        Assert.Equal(40, content.Reads);
        Assert.True(target.BytesReceived > 40 * ClockedStream.ChunkSize, $"{target.BytesReceived} bytes received");
        Assert.Equal(s_timeout * 36, clock.GetUtcNow() - start);
    }

    [Fact]
    public async Task UploadAsync_ContentStalls_ThrowsTimeoutAfterTheIdleTimeout()
    {
        var clock = new TestClock();
        var content = new ClockedStream(clock, reads: 3, perRead: TimeSpan.FromSeconds(1), stallAfter: 2);
        var api = Api(out _);
        using var client = api.Client(o => Configure(o, clock));

        var upload = client.Assets.UploadAsync(content, s_params);
        await content.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(s_timeout * 0.9);
        Assert.False(upload.IsCompleted, "the idle timeout fired before it was due");
        clock.Advance(s_timeout * 0.1);

        var error = await Assert.ThrowsAsync<FloraTimeoutException>(() => upload.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, api.Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/complete", StringComparison.Ordinal)));
        Assert.Contains("upload", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static void Configure(FloraClientOptions options, TestClock clock)
    {
        options.TimeProvider = clock;
        options.Timeout = s_timeout;
        options.MaxRetries = 0;
    }

    private static StubApi Api(out DrainingTarget target)
    {
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json($$$"""
                {"asset_id":"asset_u1","status":"pending_upload","workspace_id":"ws_1",
                 "upload":{"url":"{{{Target}}}","method":"POST","file_field":"file","form_fields":{"key":"k"} } }
                """, HttpStatusCode.Created))
            .On(HttpMethod.Post, "assets/asset_u1/complete", Reply.Json("""{"asset_id":"asset_u1","status":"ready"}"""));
        target = new DrainingTarget();
        api.Handler.When(HttpMethod.Post, Target).Respond(target);
        return api;
    }

    /// <summary>The upload host: reads the whole body with the request's cancellation token, as a socket would.</summary>
    private sealed class DrainingTarget : HttpMessageHandler
    {
        public long BytesReceived { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sink = new MemoryStream();
            await request.Content!.CopyToAsync(sink, cancellationToken);
            BytesReceived = sink.Length;
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }

    /// <summary>
    /// Content whose every read moves the fake clock by <c>perRead</c> before returning a chunk, and which, from read
    /// <c>stallAfter</c> on, waits until its token is cancelled. Reads check their token first, like a socket write.
    /// </summary>
    private sealed class ClockedStream(TestClock clock, int reads, TimeSpan perRead, int stallAfter = int.MaxValue) : Stream
    {
        public const int ChunkSize = 1024;

        private readonly TaskCompletionSource<bool> _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Reads { get; private set; }

        public Task Stalled => _stalled.Task;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

#if NETCOREAPP
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(NextChunkAsync(buffer, cancellationToken));
#endif

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            NextChunkAsync(buffer.AsMemory(offset, count), cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read asynchronously.");

        private async Task<int> NextChunkAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Reads >= stallAfter)
            {
                _stalled.TrySetResult(true);
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            if (Reads == reads)
            {
                return 0;
            }

            clock.Advance(perRead);
            Reads++;
            var n = Math.Min(buffer.Length, ChunkSize);
            buffer.Span[..n].Fill((byte)'x');
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

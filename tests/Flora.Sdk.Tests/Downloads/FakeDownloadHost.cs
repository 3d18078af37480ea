// .NET-only test APIs (Memory overloads, TaskCompletionSource, temp directories): the net472 leg of
// Flora.Sdk.Tests.NetStandard skips these; its net10.0 leg runs them against the netstandard2.0 build.
#if NET
using System.Net;
using System.Net.Http.Headers;

namespace Flora.Sdk.Tests.Downloads;

/// <summary>
/// The host an asset's url points at, in memory: serves <see cref="Content"/> whole or by range, can drop the
/// connection halfway through a body, redirect, or stall until cancelled; records every request it gets.
/// </summary>
internal sealed class FakeDownloadHost(byte[] content) : HttpMessageHandler
{
    private readonly List<HttpRequestMessage> _requests = [];

    public byte[] Content { get; set; } = content;

    public string? ETag { get; set; } = "\"v1\"";

    public bool SupportsRanges { get; set; } = true;

    /// <summary>The body's <c>Content-Type</c>, when set.</summary>
    public string? ContentType { get; set; }

    /// <summary>How many of the next responses send half their body, then fail as a dropped connection.</summary>
    public int Drops { get; set; }

    /// <summary>How many of the next responses send half their body, then wait until the request is cancelled.</summary>
    public int Stalls { get; set; }

    /// <summary>Completes when a stalled body has sent its half.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Absolute URLs answered with a 302 to the paired location.</summary>
    public Dictionary<string, string> Redirects { get; } = [];

    /// <summary>The bytes the body answers with, when they should differ from <see cref="Content"/>'s length.</summary>
    public int? ServedLength { get; set; }

    public IReadOnlyList<HttpRequestMessage> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        if (Redirects.TryGetValue(request.RequestUri!.AbsoluteUri, out var location))
        {
            var redirect = new HttpResponseMessage(HttpStatusCode.Found) { RequestMessage = request };
            redirect.Headers.Location = new Uri(location);
            return Task.FromResult(redirect);
        }

        var served = Content.AsSpan(0, ServedLength ?? Content.Length).ToArray();
        var from = 0L;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
        if (SupportsRanges && request.Headers.Range?.Ranges.First().From is { } start
            && (request.Headers.IfRange is null || request.Headers.IfRange.EntityTag?.Tag == ETag))
        {
            if (start >= served.Length)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.RequestedRangeNotSatisfiable) { RequestMessage = request });
            }

            from = start;
            response.StatusCode = HttpStatusCode.PartialContent;
        }

        var body = served.AsSpan((int)from).ToArray();
        Stream stream = new MemoryStream(body);
        if (Drops > 0)
        {
            Drops--;
            stream = new HalfThenStream(body, stall: null);
        }
        else if (Stalls > 0)
        {
            Stalls--;
            stream = new HalfThenStream(body, Stalled);
        }

        response.Content = new StreamContent(stream);
        response.Content.Headers.ContentLength = body.Length;
        if (ContentType is not null)
        {
            response.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        }
        if (response.StatusCode == HttpStatusCode.PartialContent)
        {
            response.Content.Headers.ContentRange = new ContentRangeHeaderValue(from, served.Length - 1, served.Length);
        }

        if (ETag is not null)
        {
            response.Headers.ETag = EntityTagHeaderValue.Parse(ETag);
        }

        return Task.FromResult(response);
    }

    /// <summary>Gives half the bytes, then fails as a dropped connection, or waits for cancellation.</summary>
    private sealed class HalfThenStream(byte[] body, TaskCompletionSource? stall) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var half = body.Length / 2;
            if (_position >= half)
            {
                if (stall is null)
                {
                    throw new IOException("The response ended prematurely (the test host dropped the connection).");
                }

                stall.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            var n = Math.Min(buffer.Length, half - _position);
            body.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
#endif

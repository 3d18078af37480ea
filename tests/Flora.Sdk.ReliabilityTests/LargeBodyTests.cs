using System.Globalization;
using System.Net;
using System.Text;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// A 100 MiB response (error or 2xx, with or without Content-Length, in memory or over a socket) is never buffered
/// whole. Each case has its own bound on the bytes allocated across one call (see <see cref="BoundFor"/>), measured
/// after a warm-up call of the same shape, so that the figure does not depend on what earlier tests left in the shared
/// array pool.
/// </summary>
public sealed class LargeBodyTests(ITestOutputHelper output)
{
    private const long Body = 100L * 1024 * 1024;
    private const long MiB = 1024 * 1024;

    /// <summary>Error bodies are kept up to 64 KiB (docs/reliability.md).</summary>
    private const int KeptErrorBody = 64 * 1024;

    private static readonly byte[] s_pattern = Encoding.ASCII.GetBytes("{\"error\":{\"code\":\"x\",\"message\":\"" + new string('a', 200));
    private static readonly List<string> s_figures = [];

    public static TheoryData<int, bool> Cases() => new()
    {
        { 500, true },
        { 500, false },
        { 400, true },
        { 200, true },
        { 200, false },
        { 201, false },
    };

    /// <summary>
    /// An error body is read up to 64 KiB and a 2xx body that declares more than the 16 MiB cap is refused before a
    /// byte is read: both allocate under 1 MiB. An undeclared 2xx body is read up to the cap, in a pooled buffer that
    /// grows by doubling: at most 32 MiB, plus 1 MiB for the rest of the call.
    /// </summary>
    private static long BoundFor(int status, bool declareLength) => status >= 400 || declareLength ? 1 * MiB : 33 * MiB;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HugeBody_InMemory_NotBufferedWhole(int status, bool declareLength)
    {
        GeneratedStream? body = null;
        var handler = new RecordingHandler(_ =>
        {
            body = new GeneratedStream(Body, seekable: declareLength, pattern: s_pattern);
            var content = new StreamContent(body);
            content.Headers.ContentType = new("application/json");
            return new HttpResponseMessage((HttpStatusCode)status) { Content = content };
        });
        using var client = TestClients.Over(handler);

        var allocated = await MeasureAsync(() => client.Assets.RetrieveAsync("asset_1"), status, declareLength);

        Record($"in-memory {status} {(declareLength ? "with" : "without")} Content-Length: {allocated / 1024.0 / 1024:0.0} MiB allocated");
        if (status < 400 && declareLength)
        {
            Assert.Equal(0, body!.BytesRead);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HugeBody_OverLoopbackSocket_NotBufferedWhole(int status, bool declareLength)
    {
        await using var server = LoopbackServer.Start(async (_, stream, ct) =>
        {
            var head = $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n" +
                (declareLength ? $"Content-Length: {Body}\r\n" : string.Empty) + "Connection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = s_pattern[i % s_pattern.Length];
            }

            for (long sent = 0; sent < Body; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk, ct);
            }
        });
        using var client = new FloraClient(TestClients.Options(new Uri(server.Url, "api/v1/")));

        var allocated = await MeasureAsync(() => client.Assets.RetrieveAsync("asset_1"), status, declareLength);

        Record($"loopback socket {status} {(declareLength ? "with" : "without")} Content-Length: {allocated / 1024.0 / 1024:0.0} MiB allocated");
    }

    /// <summary>Makes the call once to warm the shared pool, then measures a second call and checks it against its bound.</summary>
    private static async Task<long> MeasureAsync(Func<Task> call, int status, bool declareLength)
    {
        await CallAsync(call, status, declareLength);
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await CallAsync(call, status, declareLength);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var bound = BoundFor(status, declareLength);
        Assert.True(allocated < bound, $"{allocated / 1024.0 / 1024:0.0} MiB allocated for a {Body / MiB} MiB body (bound {bound / MiB} MiB)");
        return allocated;
    }

    private static async Task CallAsync(Func<Task> call, int status, bool declareLength)
    {
        var ex = await Assert.ThrowsAnyAsync<FloraException>(() => call().WaitAsync(TimeSpan.FromSeconds(60)));
        if (status >= 400)
        {
            var error = Assert.IsAssignableFrom<FloraApiException>(ex);
            Assert.Equal(status, (int)error.StatusCode);
            Assert.NotNull(error.ResponseBody);
            Assert.InRange(Encoding.UTF8.GetByteCount(error.ResponseBody), 1, KeptErrorBody);
        }
        else if (declareLength)
        {
            Assert.Contains("not read", ex.Message, StringComparison.Ordinal);
        }
    }

    private void Record(string line)
    {
        output.WriteLine(line);
        lock (s_figures)
        {
            s_figures.Add(line);
            File.WriteAllText(Path.Combine(Figures.Directory, "allocations.txt"),
                $"Bytes allocated across one call (after a warm-up call) whose response body is {Body / MiB} MiB" + Environment.NewLine +
                string.Join(Environment.NewLine, s_figures.Order(StringComparer.Ordinal).Select(f => "  " + f)) + Environment.NewLine,
                Encoding.UTF8);
        }
    }
}

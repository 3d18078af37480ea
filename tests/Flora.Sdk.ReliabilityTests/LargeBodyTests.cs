using System.Globalization;
using System.Net;
using System.Text;
using Flora.Sdk.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// A 100 MiB response (error or 2xx, with or without Content-Length, in memory or over a socket) is never buffered
/// whole: the bytes allocated across the call stay under <see cref="MaxAllocated"/>.
/// </summary>
public sealed class LargeBodyTests(ITestOutputHelper output)
{
    private const long Body = 100L * 1024 * 1024;
    private const long MaxAllocated = 40L * 1024 * 1024;

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

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HugeBody_InMemory_NotBufferedWhole(int status, bool declareLength)
    {
        var handler = new RecordingHandler(_ =>
        {
            var content = new StreamContent(new GeneratedStream(Body, seekable: declareLength, pattern: s_pattern));
            content.Headers.ContentType = new("application/json");
            return new HttpResponseMessage((HttpStatusCode)status) { Content = content };
        });
        using var client = TestClients.Over(handler);

        var allocated = await MeasureAsync(() => client.Assets.RetrieveAsync("asset_1"));

        Record($"in-memory {status} {(declareLength ? "with" : "without")} Content-Length: {allocated / 1024.0 / 1024:0.0} MiB allocated");
        Assert.True(allocated < MaxAllocated, $"{allocated / 1024 / 1024} MiB allocated for a {Body / 1024 / 1024} MiB body");
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

        var allocated = await MeasureAsync(() => client.Assets.RetrieveAsync("asset_1"));

        Record($"loopback socket {status} {(declareLength ? "with" : "without")} Content-Length: {allocated / 1024.0 / 1024:0.0} MiB allocated");
        Assert.True(allocated < MaxAllocated, $"{allocated / 1024 / 1024} MiB allocated for a {Body / 1024 / 1024} MiB body");
    }

    private static async Task<long> MeasureAsync(Func<Task> call)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var ex = await Assert.ThrowsAnyAsync<FloraException>(() => call().WaitAsync(TimeSpan.FromSeconds(60)));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.DoesNotContain(new string('a', 70 * 1024), ex.ResponseBody ?? string.Empty, StringComparison.Ordinal);
        return allocated;
    }

    private void Record(string line)
    {
        output.WriteLine(line);
        lock (s_figures)
        {
            s_figures.Add(line);
            File.WriteAllText(Path.Combine(Figures.Directory, "allocations.txt"),
                $"Bytes allocated across one call whose response body is {Body / 1024 / 1024} MiB (bound {MaxAllocated / 1024 / 1024} MiB)" + Environment.NewLine +
                string.Join(Environment.NewLine, s_figures.Order(StringComparer.Ordinal).Select(f => "  " + f)) + Environment.NewLine,
                Encoding.UTF8);
        }
    }
}

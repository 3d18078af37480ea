using System.Diagnostics;
using System.Globalization;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Commands;

/// <summary>
/// <c>upload-paths</c>: one 100 KB upload against a running emulator (FLORA_BASE_URL, FLORA_API_KEY,
/// FLORA_WORKSPACE_ID), Flora.Sdk's direct path against its signed path: API requests per upload (counted by a
/// handler under the client) and time, after 3 warm-up uploads. <c>upload-bench.sh</c> runs it beside FLORA's TS SDK.
/// </summary>
internal static class UploadPathsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(Environment.GetEnvironmentVariable("BENCH_RUNS") ?? "30", CultureInfo.InvariantCulture);
        var counter = new CountingHandler(new SocketsHttpHandler());
        using var http = new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan };
        using var client = new FloraClient(http, new FloraClientOptions { MaxRetries = 0 });
        var workspaceId = Environment.GetEnvironmentVariable("FLORA_WORKSPACE_ID")!;
        foreach (var (label, path) in new[] { ("Flora.Sdk direct", AssetUploadPath.Auto), ("Flora.Sdk signed", AssetUploadPath.SignedUrl) })
        {
            var times = new List<double>();
            var perUpload = 0;
            for (var i = -3; i < runs; i++)
            {
                var bytes = new byte[100 * 1024];
                Random.Shared.NextBytes(bytes);
                WritePngHeader(bytes);
                var before = counter.Count;
                var started = Stopwatch.GetTimestamp();
                var asset = await client.Assets.UploadAsync(
                    new MemoryStream(bytes), new AssetUploadParams { WorkspaceId = workspaceId, FileName = $"bench-{path}-{i + 3}.png", UploadPath = path, WaitForReady = true });
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (asset.Status != AssetStatus.Ready)
                {
                    throw new InvalidOperationException($"upload ended {asset.Status}");
                }

                if (i >= 0)
                {
                    times.Add(ms);
                    perUpload = counter.Count - before;
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-30} requests/upload {perUpload}   median {times[times.Count / 2]:0.00} ms   mean {times.Average():0.00} ms   ({runs} runs)"));
        }

        return 0;
    }

    /// <summary>A PNG signature and IHDR (64 x 32), so the emulator reads it as the image it claims to be.</summary>
    private static void WritePngHeader(byte[] bytes)
    {
        byte[] header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 64, 0, 0, 0, 32];
        header.CopyTo(bytes, 0);
    }

    /// <summary>Counts every request the client sends: API calls and, on the signed path, the byte upload too.</summary>
    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

using System.Diagnostics;
using Flora.Sdk.Testing;
using Xunit.Abstractions;

namespace Flora.Sdk.IntegrationTests;

/// <summary>A 200 MiB download from the emulator must not grow the managed heap by more than 32 MiB (client and server together).</summary>
[Collection(MemoryCollection.Name)]
public sealed class DownloadMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DownloadAsync_200MiB_ManagedHeapGrowsLessThan32MiB()
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true });
        var uploaded = await emulator.Client.Assets.UploadAsync(new GeneratedStream(MemoryTests.UploadBytes), TestData.UploadParams(emulator, "big.bin", waitForReady: true));

        // Warm up: JIT, the connection and Kestrel's file sending, so the measurement sees the download only.
        await emulator.Client.Assets.DownloadAsync(uploaded.AssetId, new CountingSink());

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetGCMemoryInfo().HeapSizeBytes;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetGCMemoryInfo().HeapSizeBytes);
                Thread.Sleep(5);
            }
        })
        { IsBackground = true };
        var sink = new CountingSink();
        var watch = Stopwatch.StartNew();
        sampler.Start();
        try
        {
            await emulator.Client.Assets.DownloadAsync(uploaded.AssetId, sink);
        }
        finally
        {
            await stop.CancelAsync();
            sampler.Join();
        }

        watch.Stop();
        var growth = peak - baseline;
        output.WriteLine($"Downloaded {MemoryTests.UploadBytes / 1048576} MiB in {watch.Elapsed.TotalSeconds:0.00} s; GC heap baseline {baseline / 1048576.0:0.0} MiB, growth {growth / 1048576.0:0.0} MiB");
        Assert.Equal(MemoryTests.UploadBytes, sink.Length);
        Assert.True(growth < MemoryTests.MaxGrowthBytes, $"The GC heap grew by {growth / 1048576.0:0.0} MiB during a 200 MiB download; the limit is 32 MiB.");
    }

    /// <summary>A destination that counts the bytes and keeps none.</summary>
    private sealed class CountingSink : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}

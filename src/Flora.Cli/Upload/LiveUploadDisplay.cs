using System.Collections.Concurrent;
using Flora.Cli.Batch;
using Flora.Sdk.Models;
using Spectre.Console;

namespace Flora.Cli.Upload;

/// <summary>A live Spectre.Console display: one bar per file in flight and one for the whole run.</summary>
internal sealed class LiveUploadDisplay(IAnsiConsole console) : IUploadDisplay, IProgress<AssetBatchUploadProgress>
{
    private readonly ConcurrentDictionary<AssetUploadItem, ProgressTask> _bars = new();
    private readonly ConcurrentDictionary<AssetUploadItem, bool> _finished = new();
    private ProgressContext? _context;
    private ProgressTask? _total;
    private long _skippedBytes;

    public IProgress<AssetBatchUploadProgress> Progress => this;

    public Task<T> RunAsync<T>(int files, long bytes, Func<Task<T>> work) =>
        LiveProgress.StartAsync(console, async context =>
        {
            _context = context;
            _total = context.AddTask($"[bold]total[/] ({files} files)", maxValue: Math.Max(bytes, 1));
            var result = await work();
            _total.Value = _total.MaxValue;
            _total.StopTask();
            return result;
        });

    public void Report(AssetBatchUploadProgress value)
    {
        if (_context is null || _total is null || _finished.ContainsKey(value.Item))
        {
            return;
        }

        if (value.ItemFinished)
        {
            _finished[value.Item] = true;
            if (_bars.TryRemove(value.Item, out var done))
            {
                done.Value = done.MaxValue;
                done.StopTask();
            }
        }
        else
        {
            var bar = _bars.GetOrAdd(value.Item, item => _context.AddTask(LiveProgress.Label(item.FileName), maxValue: Math.Max(value.ItemLength ?? 1, 1)));
            // Held just short of full until FLORA answers: a direct upload sends every byte before its answer comes, and a
            // full bar would be hidden (HideCompleted) while the file is still in flight.
            bar.Value = Math.Min(value.ItemBytesSent, bar.MaxValue * 0.999);
        }

        _total.Value = Interlocked.Read(ref _skippedBytes) + value.BytesSent;
    }

    public void Skipped(UploadJob job)
    {
        Interlocked.Add(ref _skippedBytes, job.Size);
        if (_total is not null)
        {
            _total.Increment(job.Size);
        }
    }

    public void Finished(FileOutcome outcome)
    {
        if (outcome.Status == "failed")
        {
            LiveProgress.Failed(console, outcome.Path, outcome.Error);
        }
    }
}

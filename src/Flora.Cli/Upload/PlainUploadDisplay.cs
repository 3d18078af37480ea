using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>One line per finished file, for logs and pipes (or nothing, when <paramref name="lines"/> is null).</summary>
internal sealed class PlainUploadDisplay(TextWriter? lines) : IUploadDisplay
{
    private int _files;
    private int _done;

    public IProgress<AssetBatchUploadProgress> Progress { get; } = new NoProgress();

    public Task<T> RunAsync<T>(int files, long bytes, Func<Task<T>> work)
    {
        _files = files;
        lines?.WriteLine($"Uploading {files} file(s), {Bytes.Format(bytes)}.");
        return work();
    }

    public void Skipped(UploadJob job) => Write($"already uploaded {job.RelativePath}");

    public void Finished(FileOutcome outcome) => Write(outcome.Status == "uploaded"
        ? $"uploaded {outcome.Path} ({Bytes.Format(outcome.Size ?? 0)}) -> {outcome.AssetId}"
        : outcome.Status is "recovered" or UploadManifest.Processing ? $"{outcome.Status} {outcome.Path} -> {outcome.AssetId}{(outcome.Error is { } note ? ": " + note : string.Empty)}"
        : $"{outcome.Status} {outcome.Path}: {outcome.Error}");

    private void Write(string line)
    {
        if (lines is null)
        {
            return;
        }

        lock (lines)
        {
            lines.WriteLine($"[{Interlocked.Increment(ref _done)}/{_files}] {TerminalText.Line(line)}");
            lines.Flush();
        }
    }

    private sealed class NoProgress : IProgress<AssetBatchUploadProgress>
    {
        public void Report(AssetBatchUploadProgress value)
        {
        }
    }
}

/// <summary>Byte counts for people.</summary>
internal static class Bytes
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} B",
    };
}

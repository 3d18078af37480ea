using Flora.Cli.Batch;
using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>One line per finished file, for logs and pipes (or nothing, when <paramref name="lines"/> is null).</summary>
internal sealed class PlainUploadDisplay(TextWriter? lines) : IUploadDisplay
{
    private readonly PlainLines _lines = new(lines);

    public IProgress<AssetBatchUploadProgress> Progress { get; } = new NoProgress();

    public Task<T> RunAsync<T>(int files, long bytes, Func<Task<T>> work)
    {
        _lines.Start(files, $"Uploading {files} file(s), {Bytes.Format(bytes)}.");
        return work();
    }

    public void Skipped(UploadJob job) => _lines.Write($"already uploaded {job.RelativePath}");

    public void Finished(FileOutcome outcome) => _lines.Write(outcome.Status == "uploaded"
        ? $"uploaded {outcome.Path} ({Bytes.Format(outcome.Size ?? 0)}) -> {outcome.AssetId}"
        : outcome.Status is "recovered" or UploadManifest.Processing ? $"{outcome.Status} {outcome.Path} -> {outcome.AssetId}{(outcome.Error is { } note ? ": " + note : string.Empty)}"
        : $"{outcome.Status} {outcome.Path}: {outcome.Error}");

    private sealed class NoProgress : IProgress<AssetBatchUploadProgress>
    {
        public void Report(AssetBatchUploadProgress value)
        {
        }
    }
}

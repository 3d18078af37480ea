using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Batch;

/// <summary>Records a batch's progress reports synchronously and in order (Progress&lt;T&gt; would post them to the pool).</summary>
internal sealed class RecordingBatchProgress : IProgress<AssetBatchUploadProgress>
{
    private readonly List<AssetBatchUploadProgress> _reports = [];

    public IReadOnlyList<AssetBatchUploadProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(AssetBatchUploadProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}

using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>Shows an upload run as it goes: a live display in a terminal, plain lines otherwise.</summary>
internal interface IUploadDisplay
{
    /// <summary>Receives the batch's progress.</summary>
    IProgress<AssetBatchUploadProgress> Progress { get; }

    /// <summary>Runs the upload inside the display (a live display draws while it runs).</summary>
    Task<T> RunAsync<T>(int files, long bytes, Func<Task<T>> work);

    /// <summary>A file the manifest (or the recovery pass) already holds.</summary>
    void Skipped(UploadJob job);

    /// <summary>A file that finished, either way.</summary>
    void Finished(FileOutcome outcome);
}

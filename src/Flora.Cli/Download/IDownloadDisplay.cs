namespace Flora.Cli.Download;

/// <summary>Shows a download run as it goes: a live display in a terminal, plain lines otherwise.</summary>
internal interface IDownloadDisplay
{
    /// <summary>Runs the downloads inside the display (a live display draws while it runs).</summary>
    Task<T> RunAsync<T>(int assets, Func<Task<T>> work);

    /// <summary>An asset's download starts; the returned progress receives its cumulative bytes.</summary>
    IProgress<long> Started(string assetId, string fileName, long? size);

    /// <summary>An asset's download ended, either way.</summary>
    void Finished(DownloadOutcome outcome);
}

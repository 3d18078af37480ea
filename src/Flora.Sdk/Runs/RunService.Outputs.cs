using Flora.Sdk.Downloads;
using Flora.Sdk.Models;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Runs;

/// <summary>The download of a run's outputs: validates everything, then hands over to <see cref="RunOutputDownloader"/>.</summary>
internal sealed partial class RunService
{
    private readonly Func<HttpMessageInvoker>? _storage;

    // Made on first use: a client that only reads runs never builds the downloader or the storage transport.
    private AssetDownloader? _downloader;

    /// <param name="api">The send loop.</param>
    /// <param name="storage">The storage transport, asked for (and so made) only when outputs are downloaded.</param>
    public RunService(ApiTransport api, Func<HttpMessageInvoker> storage)
        : this(api) => _storage = storage;

    private AssetDownloader Downloader => _downloader ??= new AssetDownloader(
        api, (_storage ?? throw new InvalidOperationException("This RunService was made without a storage transport."))());

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    public async Task<IReadOnlyList<string>> DownloadOutputsAsync(Run run, string folder, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        InputValidation.DownloadFolder(folder, nameof(folder));
        InputValidation.RequestOptions(options, nameof(options));
        var urls = RunOutputDownloader.UrlsOf(run, nameof(run));
        return await new RunOutputDownloader(Downloader).DownloadAsync(
            run, urls, folder, options?.MaxRetries ?? api.MaxRetries, options?.Timeout ?? api.Timeout, cancellationToken).ConfigureAwait(false);
    }
}

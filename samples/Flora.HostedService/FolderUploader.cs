using Flora.Sdk.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Flora.Sdk.Samples.HostedService;

/// <summary>Uploads each file of the folder once, logs the assets, then stops the host.</summary>
internal sealed class FolderUploader(
    IFloraClient flora, UploadFolderSettings settings, IHostApplicationLifetime lifetime, ILogger<FolderUploader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failed = 0;
        try
        {
            var files = Directory.GetFiles(settings.Folder).OrderBy(f => f, StringComparer.Ordinal).ToList();
            logger.LogInformation("Uploading {Count} file(s) from {Folder}", files.Count, settings.Folder);
            foreach (var path in files)
            {
                try
                {
                    await using var file = File.OpenRead(path);
                    var asset = await flora.Assets.UploadAsync(
                        file,
                        new AssetUploadParams { WorkspaceId = settings.WorkspaceId, FileName = Path.GetFileName(path), Folder = settings.FolderInFlora },
                        cancellationToken: stoppingToken);
                    logger.LogInformation("Uploaded {File} as {AssetId} ({Status}) {Url}", Path.GetFileName(path), asset.AssetId, asset.Status, asset.Url);
                }
                catch (FloraException ex)
                {
                    failed++;
                    logger.LogError("Could not upload {File}: {Message}", Path.GetFileName(path), ex.Message);
                }
            }

            logger.LogInformation("Done: {Uploaded} uploaded, {Failed} failed", files.Count - failed, failed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failed++;
            logger.LogError("Cannot read {Folder}: {Message}", settings.Folder, ex.Message);
        }
        finally
        {
            Environment.ExitCode = failed == 0 ? 0 : 1;
            lifetime.StopApplication();
        }
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using Flora.Sdk;
using Flora.Sdk.Models;

namespace Flora.Cli.Upload;

/// <summary>The second look at files an earlier run recorded: processing ones waited for or reported, attaches for a new project.</summary>
internal sealed partial class UploadSession
{
    /// <summary>Files recorded by an earlier run that need more than a skip: a wait (or a look) for processing ones, an attach for a new project.</summary>
    private async Task FollowUpAsync(CancellationToken cancellationToken)
    {
        foreach (var (job, recorded) in _recorded)
        {
            var entry = recorded;
            var status = "already_uploaded";
            try
            {
                if (entry.State == UploadManifest.Processing)
                {
                    var asset = request.Wait
                        ? await client.Assets.WaitForReadyAsync(entry.AssetId, request.WaitTimeout, cancellationToken: cancellationToken)
                        : (await client.Assets.RetrieveAsync(entry.AssetId, cancellationToken: cancellationToken)).ToAsset();
                    if (asset.Status == AssetStatus.Failed)
                    {
                        throw new FloraAssetFailedException(entry.AssetId, asset.FailureMessage);
                    }

                    if (asset.Status != AssetStatus.Ready)
                    {
                        throw new FloraAssetNotReadyException(entry.AssetId, asset.Status, TimeSpan.Zero);
                    }

                    entry = entry with { State = null };
                    manifest.Record(entry);
                    status = "ready";
                }

                if (request.ProjectId is { } project && entry.ProjectIds?.Contains(project) != true)
                {
                    await client.Projects.AttachAssetAsync(project, entry.AssetId, cancellationToken: cancellationToken);
                    entry = entry with { ProjectIds = [.. entry.ProjectIds ?? [], project] };
                    manifest.Record(entry);
                    status = "attached";
                }

                Add(new FileOutcome { Path = job.RelativePath, Status = status, Size = job.Size, AssetId = entry.AssetId, Sha256 = entry.Sha256 });
            }
            catch (FloraAssetNotReadyException notReady)
            {
                Add(new FileOutcome
                {
                    Path = job.RelativePath,
                    Status = UploadManifest.Processing,
                    Size = job.Size,
                    AssetId = entry.AssetId,
                    Sha256 = entry.Sha256,
                    Error = request.Wait
                        ? $"still '{notReady.LastStatus}' after {request.WaitTimeout.TotalSeconds:0.#} s; rerun with --wait and a longer --wait-timeout"
                        : $"still '{notReady.LastStatus}'; rerun with --wait to wait for it",
                });
            }
            catch (FloraException ex)
            {
                Add(new FileOutcome { Path = job.RelativePath, Status = "failed", Size = job.Size, AssetId = entry.AssetId, Error = CliOutput.ErrorLine(ex) });
            }
        }
    }
}

using Flora.Sdk.Http;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Validation;

namespace Flora.Sdk;

/// <summary>The project endpoints over the client's send loop.</summary>
internal sealed class ProjectService(FloraHttpPipeline pipeline) : IProjectService
{
    public async Task<ProjectAssetAttachResponse> AttachAssetAsync(string projectId, string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        var path = $"projects/{Uri.EscapeDataString(projectId)}/assets/{Uri.EscapeDataString(assetId)}/attach";
        var response = await pipeline.SendAsync(
            new FloraRequest(HttpMethod.Post, "projects.assets.attach", path, AssetId: assetId),
            FloraJsonContext.Default.ProjectAssetAttachResponse, options, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }
}

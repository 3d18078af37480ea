using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Projects;

/// <summary>The project endpoints over the API transport.</summary>
internal sealed class ProjectService(ApiTransport api) : IProjectService
{
    public async Task<ProjectAssetAttachResponse> AttachAssetAsync(string projectId, string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        var path = $"projects/{Uri.EscapeDataString(projectId)}/assets/{Uri.EscapeDataString(assetId)}/attach";
        // FLORA does not document this body: an empty one reads as an empty object.
        return await api.SendForValueAsync(
            new ApiRequest(HttpMethod.Post, "projects.assets.attach", path, AssetId: assetId, EmptyBodyIsEmptyObject: true),
            FloraJsonContext.Default.ProjectAssetAttachResponse, options, cancellationToken).ConfigureAwait(false);
    }

    public AsyncPageable<ProjectListResponse> ListAsync(ProjectListParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync, like the asset list.
        InputValidation.ProjectListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<ProjectListResponse>(
            async (cursor, token) =>
            {
                var wire = await api.SendForValueAsync(
                    new ApiRequest(HttpMethod.Get, "projects.list", ProjectListQuery.Uri(parameters, cursor)),
                    FloraJsonContext.Default.ProjectListPage, options, token).ConfigureAwait(false);
                return new Page<ProjectListResponse>(wire.Projects ?? [], wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
            },
            parameters.Cursor,
            cancellationToken);
    }
}

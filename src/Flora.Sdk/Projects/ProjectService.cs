using System.Globalization;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Projects;

/// <summary>
/// The project endpoints over the API transport. Each typed call is its raw twin (<see cref="IProjectServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class ProjectService(ApiTransport api) : IProjectService, IProjectServiceWithRawResponse
{
    public IProjectServiceWithRawResponse WithRawResponse => this;

    public IProjectActionService Actions { get; } = new ProjectActionService(api);

    public IProjectCanvasService Canvas { get; } = new ProjectCanvasService(api);

    public async Task<ProjectAssetAttachResponse> AttachAssetAsync(string projectId, string assetId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.AttachAssetAsync(projectId, assetId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<ProjectCreateResponse> CreateAsync(ProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<ProjectRetrieveResponse> RetrieveAsync(string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(projectId, options, cancellationToken).ConfigureAwait(false)).Value;

    public AsyncPageable<ProjectListResponse> ListAsync(ProjectListParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync, like the asset list.
        InputValidation.ProjectListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<ProjectListResponse>(
            async (cursor, token) => (await FetchProjectsAsync(parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters.Cursor,
            api.MaxPages,
            cancellationToken);
    }

    public AsyncPageable<ProjectListNodesResponse> ListNodesAsync(
        string projectId, ProjectListNodesParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.ProjectListNodesParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<ProjectListNodesResponse>(
            async (cursor, token) => (await FetchNodesAsync(projectId, parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters?.Cursor,
            api.MaxPages,
            cancellationToken);
    }

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ProjectAssetAttachResponse>> IProjectServiceWithRawResponse.AttachAssetAsync(
        string projectId, string assetId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.AssetId(assetId, nameof(assetId));
        InputValidation.RequestOptions(options, nameof(options));
        var path = $"projects/{Uri.EscapeDataString(projectId)}/assets/{Uri.EscapeDataString(assetId)}/attach";
        // FLORA does not document this body: an empty one reads as an empty object.
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Post, "projects.assets.attach", path, AssetId: assetId, EmptyBodyIsEmptyObject: true),
            FloraJsonContext.Default.ProjectAssetAttachResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<ProjectCreateResponse>> IProjectServiceWithRawResponse.CreateAsync(
        ProjectCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "projects.create", "projects", parameters, FloraJsonContext.Default.ProjectCreateParams, FloraJsonContext.Default.ProjectCreateResponse, options, cancellationToken)
            .ConfigureAwait(false);
    }

    async Task<FloraResponse<ProjectRetrieveResponse>> IProjectServiceWithRawResponse.RetrieveAsync(
        string projectId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "projects.retrieve", "projects/" + Uri.EscapeDataString(projectId)),
            FloraJsonContext.Default.ProjectRetrieveResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Page<ProjectListResponse>>> IProjectServiceWithRawResponse.ListPageAsync(
        ProjectListParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await FetchProjectsAsync(parameters, parameters.Cursor, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Page<ProjectListNodesResponse>>> IProjectServiceWithRawResponse.ListNodesPageAsync(
        string projectId, ProjectListNodesParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.ProjectListNodesParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await FetchNodesAsync(projectId, parameters, parameters?.Cursor, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FloraResponse<Page<ProjectListResponse>>> FetchProjectsAsync(
        ProjectListParams parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "projects.list", ProjectListQuery.Uri(parameters, cursor)),
            FloraJsonContext.Default.ProjectListPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        return Page<ProjectListResponse>.Answered(response, wire.Projects, wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
    }

    private async Task<FloraResponse<Page<ProjectListNodesResponse>>> FetchNodesAsync(
        string projectId, ProjectListNodesParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var response = await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "projects.list_nodes", NodesUri(projectId, parameters?.Limit, cursor)),
            FloraJsonContext.Default.ProjectListNodesPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        return Page<ProjectListNodesResponse>.Answered(response, wire.Nodes, wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
    }

    /// <summary>The relative URI of one page of <c>GET /projects/{projectId}/nodes</c>, the id escaped as one segment.</summary>
    private static string NodesUri(string projectId, int? limit, string? cursor)
    {
        var uri = "projects/" + Uri.EscapeDataString(projectId) + "/nodes";
        var separator = '?';
        if (limit is { } value)
        {
            uri += separator + "limit=" + value.ToString(CultureInfo.InvariantCulture);
            separator = '&';
        }

        return cursor is null ? uri : uri + separator + "cursor=" + Uri.EscapeDataString(cursor);
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Workspaces;

/// <summary>The workspace project endpoints over the API transport; each typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class WorkspaceProjectService(ApiTransport api) : IWorkspaceProjectService, IWorkspaceProjectServiceWithRawResponse
{
    public IWorkspaceProjectServiceWithRawResponse WithRawResponse => this;

    public IWorkspaceProjectCanvasService Canvas { get; } = new WorkspaceProjectCanvasService(api);

    public async Task<ProjectCreateResponse> CreateAsync(
        string workspaceId, WorkspaceProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(workspaceId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<ProjectGraphResponse> GraphAsync(string workspaceId, string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.GraphAsync(workspaceId, projectId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<ProjectRunNodesResponse> RunNodesAsync(
        string workspaceId, string projectId, ProjectRunNodesParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RunNodesAsync(workspaceId, projectId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>The escaped path of one project of a workspace, <c>workspaces/{workspaceId}/projects/{projectId}</c>, then <paramref name="tail"/>.</summary>
    internal static string ProjectPath(string workspaceId, string projectId, string tail) =>
        "workspaces/" + Uri.EscapeDataString(workspaceId) + "/projects/" + Uri.EscapeDataString(projectId) + tail;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ProjectCreateResponse>> IWorkspaceProjectServiceWithRawResponse.CreateAsync(
        string workspaceId, WorkspaceProjectCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.WorkspaceProjectCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "workspaces.projects.create", "workspaces/" + Uri.EscapeDataString(workspaceId) + "/projects", parameters,
            FloraJsonContext.Default.WorkspaceProjectCreateParams, FloraJsonContext.Default.ProjectCreateResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<ProjectGraphResponse>> IWorkspaceProjectServiceWithRawResponse.GraphAsync(
        string workspaceId, string projectId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "workspaces.projects.graph", ProjectPath(workspaceId, projectId, "/graph")),
            FloraJsonContext.Default.ProjectGraphResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<ProjectRunNodesResponse>> IWorkspaceProjectServiceWithRawResponse.RunNodesAsync(
        string workspaceId, string projectId, ProjectRunNodesParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.ProjectRunNodesParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "workspaces.projects.run_nodes", ProjectPath(workspaceId, projectId, "/nodes/run"), parameters,
            FloraJsonContext.Default.ProjectRunNodesParams, FloraJsonContext.Default.ProjectRunNodesResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

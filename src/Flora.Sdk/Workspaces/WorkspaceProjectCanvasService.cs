using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Workspaces;

/// <summary>The canvas definition and changeset endpoints over the API transport; each typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class WorkspaceProjectCanvasService(ApiTransport api) : IWorkspaceProjectCanvasService, IWorkspaceProjectCanvasServiceWithRawResponse
{
    public IWorkspaceProjectCanvasServiceWithRawResponse WithRawResponse => this;

    public async Task<CanvasDefinitionResponse> RetrieveDefinitionAsync(
        string workspaceId, string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveDefinitionAsync(workspaceId, projectId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<CanvasDefinitionResponse> ReplaceDefinitionAsync(
        string workspaceId, string projectId, CanvasReplaceDefinitionParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.ReplaceDefinitionAsync(workspaceId, projectId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<CanvasApplyChangesetResponse> ApplyChangesetAsync(
        string workspaceId, string projectId, CanvasApplyChangesetParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.ApplyChangesetAsync(workspaceId, projectId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<CanvasDefinitionResponse>> IWorkspaceProjectCanvasServiceWithRawResponse.RetrieveDefinitionAsync(
        string workspaceId, string projectId, RequestOptions? options, CancellationToken cancellationToken)
    {
        Ids(workspaceId, projectId);
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "workspaces.projects.canvas.retrieve_definition", WorkspaceProjectService.ProjectPath(workspaceId, projectId, "/canvas/definition")),
            FloraJsonContext.Default.CanvasDefinitionResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<CanvasDefinitionResponse>> IWorkspaceProjectCanvasServiceWithRawResponse.ReplaceDefinitionAsync(
        string workspaceId, string projectId, CanvasReplaceDefinitionParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        Ids(workspaceId, projectId);
        InputValidation.CanvasReplaceDefinitionParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendJsonAsync(
            HttpMethod.Put, "workspaces.projects.canvas.replace_definition", WorkspaceProjectService.ProjectPath(workspaceId, projectId, "/canvas/definition"), parameters,
            FloraJsonContext.Default.CanvasReplaceDefinitionParams, FloraJsonContext.Default.CanvasDefinitionResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<CanvasApplyChangesetResponse>> IWorkspaceProjectCanvasServiceWithRawResponse.ApplyChangesetAsync(
        string workspaceId, string projectId, CanvasApplyChangesetParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        Ids(workspaceId, projectId);
        InputValidation.CanvasApplyChangesetParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "workspaces.projects.canvas.apply_changeset", WorkspaceProjectService.ProjectPath(workspaceId, projectId, "/canvas/changeset"), parameters,
            FloraJsonContext.Default.CanvasApplyChangesetParams, FloraJsonContext.Default.CanvasApplyChangesetResponse, options, cancellationToken).ConfigureAwait(false);
    }

    private static void Ids(string workspaceId, string projectId)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.ProjectId(projectId, nameof(projectId));
    }
}

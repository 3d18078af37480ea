using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Workspaces;

/// <summary>The project folder endpoint over the API transport; the typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class WorkspaceFolderService(ApiTransport api) : IWorkspaceFolderService, IWorkspaceFolderServiceWithRawResponse
{
    public IWorkspaceFolderServiceWithRawResponse WithRawResponse => this;

    public async Task<ProjectCreateResponse> CreateProjectAsync(
        string workspaceId, string folderId, WorkspaceProjectCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateProjectAsync(workspaceId, folderId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ProjectCreateResponse>> IWorkspaceFolderServiceWithRawResponse.CreateProjectAsync(
        string workspaceId, string folderId, WorkspaceProjectCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.FolderId(folderId, nameof(folderId));
        InputValidation.WorkspaceProjectCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        var path = "workspaces/" + Uri.EscapeDataString(workspaceId) + "/folders/" + Uri.EscapeDataString(folderId) + "/projects";
        return await api.PostJsonAsync(
            "workspaces.folders.create_project", path, parameters,
            FloraJsonContext.Default.WorkspaceProjectCreateParams, FloraJsonContext.Default.ProjectCreateResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

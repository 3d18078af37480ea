using Flora.Sdk.Library;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Workspaces;

/// <summary>The workspace endpoint over the API transport; the typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class WorkspaceService(ApiTransport api) : IWorkspaceService, IWorkspaceServiceWithRawResponse
{
    public IWorkspaceServiceWithRawResponse WithRawResponse => this;

    public IWorkspaceProjectService Projects { get; } = new WorkspaceProjectService(api);

    public IWorkspaceFolderService Folders { get; } = new WorkspaceFolderService(api);

    public IWorkspaceLibraryService Library { get; } = new WorkspaceLibraryService(api);

    public async Task<WorkspaceListResponse> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.ListAsync(options, cancellationToken).ConfigureAwait(false)).Value;

    async Task<FloraResponse<WorkspaceListResponse>> IWorkspaceServiceWithRawResponse.ListAsync(RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "workspaces.list", "workspaces"), FloraJsonContext.Default.WorkspaceListResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

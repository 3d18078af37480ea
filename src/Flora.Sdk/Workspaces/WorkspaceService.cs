using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Workspaces;

/// <summary>The workspace endpoint over the API transport.</summary>
internal sealed class WorkspaceService(ApiTransport api) : IWorkspaceService
{
    public async Task<WorkspaceListResponse> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendForValueAsync(
            new ApiRequest(HttpMethod.Get, "workspaces.list", "workspaces"), FloraJsonContext.Default.WorkspaceListResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

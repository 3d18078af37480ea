using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Library;

/// <summary>The library folder endpoints over the API transport; each typed call is its raw twin followed by <c>.Value</c>.</summary>
internal sealed class LibraryFolderService(ApiTransport api) : ILibraryFolderService, ILibraryFolderServiceWithRawResponse
{
    private static readonly LibraryFolderCreateParams s_unnamed = new();

    public ILibraryFolderServiceWithRawResponse WithRawResponse => this;

    public async Task<LibraryFolderCreateResponse> CreateAsync(
        string workspaceId, LibraryFolderCreateParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(workspaceId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<LibraryFolderDeleteResponse> DeleteAsync(string workspaceId, string folderId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.DeleteAsync(workspaceId, folderId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<LibraryFolderAddItemResponse> AddItemAsync(
        string workspaceId, string folderId, LibraryFolderAddItemParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.AddItemAsync(workspaceId, folderId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<LibraryFolderCreateResponse>> ILibraryFolderServiceWithRawResponse.CreateAsync(
        string workspaceId, LibraryFolderCreateParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.LibraryFolderCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));

        // FLORA's SDK sends {} when no name is given.
        return await api.PostJsonAsync(
            "workspaces.library.folders.create", FoldersPath(workspaceId), parameters ?? s_unnamed,
            FloraJsonContext.Default.LibraryFolderCreateParams, FloraJsonContext.Default.LibraryFolderCreateResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<LibraryFolderDeleteResponse>> ILibraryFolderServiceWithRawResponse.DeleteAsync(
        string workspaceId, string folderId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.LibraryFolderId(folderId, nameof(folderId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Delete, "workspaces.library.folders.delete", FoldersPath(workspaceId) + "/" + Uri.EscapeDataString(folderId)),
            FloraJsonContext.Default.LibraryFolderDeleteResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<LibraryFolderAddItemResponse>> ILibraryFolderServiceWithRawResponse.AddItemAsync(
        string workspaceId, string folderId, LibraryFolderAddItemParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.WorkspaceId(workspaceId, nameof(workspaceId));
        InputValidation.LibraryFolderId(folderId, nameof(folderId));
        InputValidation.LibraryFolderAddItemParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "workspaces.library.folders.add_item", FoldersPath(workspaceId) + "/" + Uri.EscapeDataString(folderId) + "/items", parameters,
            FloraJsonContext.Default.LibraryFolderAddItemParams, FloraJsonContext.Default.LibraryFolderAddItemResponse, options, cancellationToken).ConfigureAwait(false);
    }

    private static string FoldersPath(string workspaceId) => "workspaces/" + Uri.EscapeDataString(workspaceId) + "/library/folders";
}

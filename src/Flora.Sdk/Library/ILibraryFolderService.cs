using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Folders of the workspace's FLORA library (<c>client.Workspaces.Library.Folders</c>).</summary>
public interface ILibraryFolderService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    ILibraryFolderServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Creates a folder in the library (<c>POST /workspaces/{workspaceId}/library/folders</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="parameters">An optional name; left null, FLORA makes one up.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The new folder, with its id.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the name is blank; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<LibraryFolderCreateResponse> CreateAsync(
        string workspaceId, LibraryFolderCreateParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a library folder; items still in it are detached, not deleted (<c>DELETE /workspaces/{workspaceId}/library/folders/{folderId}</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="folderId">The library folder id, as <see cref="CreateAsync"/> answered it.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The deleted folder's id.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such folder, or the key cannot reach it.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<LibraryFolderDeleteResponse> DeleteAsync(string workspaceId, string folderId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Saves an image (fetched by FLORA from a public HTTPS URL) or a text into a library folder (<c>POST /workspaces/{workspaceId}/library/folders/{folderId}/items</c>).</summary>
    /// <param name="workspaceId">The workspace id; starts with <c>ws_</c>.</param>
    /// <param name="folderId">The library folder id.</param>
    /// <param name="parameters">The item: an image's <c>https</c> URL or a text, and an optional caption.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The saved node's id, and for an image its asset and URL.</returns>
    /// <exception cref="ArgumentException">An id or the item breaks a documented rule (no source nor text, a source that is not https); nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<LibraryFolderAddItemResponse> AddItemAsync(
        string workspaceId, string folderId, LibraryFolderAddItemParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

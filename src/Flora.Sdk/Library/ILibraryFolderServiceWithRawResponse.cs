using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The library folder endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="ILibraryFolderService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface ILibraryFolderServiceWithRawResponse
{
    /// <summary>Creates a library folder; see <see cref="ILibraryFolderService.CreateAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="parameters">An optional name.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<LibraryFolderCreateResponse>> CreateAsync(
        string workspaceId, LibraryFolderCreateParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a library folder; see <see cref="ILibraryFolderService.DeleteAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="folderId">The library folder id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    Task<FloraResponse<LibraryFolderDeleteResponse>> DeleteAsync(string workspaceId, string folderId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Saves an item into a library folder; see <see cref="ILibraryFolderService.AddItemAsync"/>.</summary>
    /// <param name="workspaceId">The workspace id.</param>
    /// <param name="folderId">The library folder id.</param>
    /// <param name="parameters">The item.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<LibraryFolderAddItemResponse>> AddItemAsync(
        string workspaceId, string folderId, LibraryFolderAddItemParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

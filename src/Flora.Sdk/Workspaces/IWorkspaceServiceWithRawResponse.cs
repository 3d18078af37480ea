using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The workspace endpoint returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IWorkspaceService"/>, whose call is this one followed by <c>.Value</c>.
/// </summary>
public interface IWorkspaceServiceWithRawResponse
{
    /// <summary>Lists every workspace the API key can use; see <see cref="IWorkspaceService.ListAsync"/>.</summary>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">An option breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<WorkspaceListResponse>> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default);
}

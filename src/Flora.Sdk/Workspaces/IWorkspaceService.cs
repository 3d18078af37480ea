using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>The workspaces the API key can use: where the <c>ws_</c> ids come from.</summary>
public interface IWorkspaceService
{
    /// <summary>The same call, returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IWorkspaceServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Lists every workspace the API key can use (<c>GET /workspaces</c>; one request, not paged).</summary>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The workspaces, each with its <c>ws_</c> id, name and role.</returns>
    /// <exception cref="ArgumentException">An option breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<WorkspaceListResponse> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default);
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The project canvas endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IProjectCanvasService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IProjectCanvasServiceWithRawResponse
{
    /// <summary>Gets a project's canvas; see <see cref="IProjectCanvasService.RetrieveAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    Task<FloraResponse<ProjectCanvasRetrieveResponse>> RetrieveAsync(string projectId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a flowchart to a project's canvas; see <see cref="IProjectCanvasService.UpdateAsync"/>.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="parameters">The flowchart and per-node settings.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id or a parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ProjectCanvasUpdateResponse>> UpdateAsync(
        string projectId, ProjectCanvasUpdateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// Actions on a project's canvas: place a prebuilt action node, and run an action node through FLORA's action workflow.
/// To run an action headless, without a canvas node, see <see cref="IActionService"/>.
/// </summary>
public interface IProjectActionService
{
    /// <summary>The same calls, answering the HTTP status and headers with the parsed body.</summary>
    IProjectActionServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Places a prebuilt action node on a project's canvas (<c>POST /projects/{projectId}/actions</c>).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>; escaped as one path segment.</param>
    /// <param name="parameters">The action's slug and its parameters.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The new node's id, the project and the canvas link.</returns>
    /// <exception cref="ArgumentException">The project id or the action's slug is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ProjectActionCreateResponse> CreateAsync(string projectId, ProjectActionCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an action node of a project's canvas (<c>POST /projects/{projectId}/actions/{nodeId}/run</c>, no body).</summary>
    /// <param name="projectId">The project id; starts with <c>prj_</c>.</param>
    /// <param name="nodeId">The action node's id, for example <see cref="ProjectActionCreateResponse.NodeId"/>.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given, the same on every attempt.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The started run: pass its <see cref="RunStartResponse.RunId"/> to <see cref="IRunService.WaitForCompletionAsync"/>.</returns>
    /// <exception cref="ArgumentException">An id is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<RunStartResponse> RunAsync(string projectId, string nodeId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

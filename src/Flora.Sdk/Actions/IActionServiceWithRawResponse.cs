using System.Text.Json.Nodes;
using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The action endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IActionService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IActionServiceWithRawResponse
{
    /// <summary>Lists the prebuilt actions; see <see cref="IActionService.ListAsync"/>.</summary>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    Task<FloraResponse<ActionListResponse>> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one prebuilt action; see <see cref="IActionService.RetrieveAsync"/>.</summary>
    /// <param name="actionId">The action's slug.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The slug is not valid; nothing was sent.</exception>
    Task<FloraResponse<ActionDefinition>> RetrieveAsync(string actionId, RequestOptions? options = null, CancellationToken cancellationToken = default);

#pragma warning disable RS0026 // Both runs take optional request options and token; their first parameters (a record, a slug) never overlap.
    /// <summary>Runs a prebuilt action with its typed parameters; see <see cref="IActionService.RunAsync(ActionRunParams, RequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="parameters">The action's record.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<RunStartResponse>> RunAsync(ActionRunParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs any prebuilt action with JSON parameters; see <see cref="IActionService.RunAsync(string, string, string, IReadOnlyList{ActionInput}, JsonObject?, RequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="actionId">The action's slug.</param>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="projectId">The project.</param>
    /// <param name="inputs">The inputs; at least one.</param>
    /// <param name="parameters">The action's parameters, or <see langword="null"/>.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<RunStartResponse>> RunAsync(
        string actionId, string workspaceId, string projectId, IReadOnlyList<ActionInput> inputs, JsonObject? parameters = null,
        RequestOptions? options = null, CancellationToken cancellationToken = default);
#pragma warning restore RS0026
}

using System.Text.Json.Nodes;
using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// FLORA's prebuilt actions (rotate, crop, color grade, stitch videos…): list them, read one, and run one headless on
/// inputs by URL or text. To place an action on a project's canvas instead, see <see cref="IProjectActionService"/>.
/// </summary>
public interface IActionService
{
    /// <summary>The same calls, answering the HTTP status and headers with the parsed body.</summary>
    IActionServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Lists the prebuilt actions the public API can run (<c>GET /actions</c>; not paged).</summary>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>Every action, with its slots and parameters.</returns>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ActionListResponse> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one prebuilt action (<c>GET /actions/{actionId}</c>).</summary>
    /// <param name="actionId">The action's slug, for example <see cref="ActionIds.RotateImage"/>; escaped as one path segment.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The action, with its slots and parameters.</returns>
    /// <exception cref="ArgumentException">The slug is blank, <c>.</c> or <c>..</c>, or contains whitespace; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">FLORA has no action with this slug.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    Task<ActionDefinition> RetrieveAsync(string actionId, RequestOptions? options = null, CancellationToken cancellationToken = default);

#pragma warning disable RS0026 // Both runs take optional request options and token; their first parameters (a record, a slug) never overlap.
    /// <summary>
    /// Runs a prebuilt action headless (<c>POST /runs/action</c>) with its typed parameters, for example
    /// <see cref="ColorGradeImageActionParams"/>. The run reads its inputs from URLs and text and never changes the
    /// project's canvas. The call sends an <c>Idempotency-Key</c>, the same on every attempt.
    /// </summary>
    /// <param name="parameters">The action's record: inputs, project, workspace and parameters.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The started run: pass its <see cref="RunStartResponse.RunId"/> to <see cref="IRunService.WaitForCompletionAsync"/>.</returns>
    /// <exception cref="ArgumentException">No input, an input without a type, or a project or workspace id that is not valid; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<RunStartResponse> RunAsync(ActionRunParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs any prebuilt action headless (<c>POST /runs/action</c>), one FLORA added after this SDK included, with its
    /// parameters as JSON. The call sends an <c>Idempotency-Key</c>, the same on every attempt.
    /// </summary>
    /// <param name="actionId">The action's slug (<c>action_id</c>).</param>
    /// <param name="workspaceId">The workspace (<c>workspace_id</c>, starts <c>ws_</c>).</param>
    /// <param name="projectId">The project the run is recorded under (<c>project_id</c>, starts <c>prj_</c>).</param>
    /// <param name="inputs">The inputs (<c>inputs</c>); at least one.</param>
    /// <param name="parameters">The action's parameters (<c>params</c>), snake_case keys; <see langword="null"/> sends none.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The started run: pass its <see cref="RunStartResponse.RunId"/> to <see cref="IRunService.WaitForCompletionAsync"/>.</returns>
    /// <exception cref="ArgumentException">An id is not valid, or there is no input or an input without a type; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<RunStartResponse> RunAsync(
        string actionId, string workspaceId, string projectId, IReadOnlyList<ActionInput> inputs, JsonObject? parameters = null,
        RequestOptions? options = null, CancellationToken cancellationToken = default);
#pragma warning restore RS0026
}

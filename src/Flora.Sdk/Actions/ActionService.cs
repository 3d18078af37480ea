using System.Text.Json;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Actions;

/// <summary>
/// The action endpoints over the API transport. Each typed call is its raw twin (<see cref="IActionServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class ActionService(ApiTransport api) : IActionService, IActionServiceWithRawResponse
{
    public IActionServiceWithRawResponse WithRawResponse => this;

    public async Task<ActionListResponse> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.ListAsync(options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<ActionDefinition> RetrieveAsync(string actionId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(actionId, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<RunStartResponse> RunAsync(ActionRunParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RunAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<RunStartResponse> RunAsync(
        string actionId, string workspaceId, string projectId, IReadOnlyList<ActionInput> inputs, JsonObject? parameters = null,
        RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RunAsync(actionId, workspaceId, projectId, inputs, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ActionListResponse>> IActionServiceWithRawResponse.ListAsync(RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "actions.list", "actions"), FloraJsonContext.Default.ActionListResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<ActionDefinition>> IActionServiceWithRawResponse.RetrieveAsync(string actionId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ActionId(actionId, nameof(actionId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "actions.retrieve", "actions/" + Uri.EscapeDataString(actionId)),
            FloraJsonContext.Default.ActionDefinition, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<RunStartResponse>> IActionServiceWithRawResponse.RunAsync(
        ActionRunParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ActionRunParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));

        // Each action's record is registered in FloraJsonContext (ActionRunParamsTests checks all of them), so its own
        // contract writes it: action_id first, then inputs, project_id, workspace_id and the typed params.
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, FloraJsonContext.Default.GetTypeInfo(parameters.GetType())!);
        return await RunAsync(body, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<RunStartResponse>> IActionServiceWithRawResponse.RunAsync(
        string actionId, string workspaceId, string projectId, IReadOnlyList<ActionInput> inputs, JsonObject? parameters,
        RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ActionId(actionId, nameof(actionId));
        InputValidation.ActionRun(workspaceId, projectId, inputs, nameof(workspaceId), nameof(projectId), nameof(inputs));
        InputValidation.RequestOptions(options, nameof(options));
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new ActionRunBody(actionId, inputs, projectId, workspaceId, parameters), FloraJsonContext.Default.ActionRunBody);
        return await RunAsync(body, options, cancellationToken).ConfigureAwait(false);
    }

    private Task<FloraResponse<RunStartResponse>> RunAsync(byte[] body, RequestOptions? options, CancellationToken cancellationToken) =>
        api.SendAsync(new ApiRequest(HttpMethod.Post, "actions.run", "runs/action", body), FloraJsonContext.Default.RunStartResponse, options, cancellationToken);
}

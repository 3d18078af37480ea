using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Projects;

/// <summary>
/// The project action endpoints over the API transport. Each typed call is its raw twin
/// (<see cref="IProjectActionServiceWithRawResponse"/>) followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class ProjectActionService(ApiTransport api) : IProjectActionService, IProjectActionServiceWithRawResponse
{
    public IProjectActionServiceWithRawResponse WithRawResponse => this;

    public async Task<ProjectActionCreateResponse> CreateAsync(
        string projectId, ProjectActionCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(projectId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<RunStartResponse> RunAsync(string projectId, string nodeId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RunAsync(projectId, nodeId, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ProjectActionCreateResponse>> IProjectActionServiceWithRawResponse.CreateAsync(
        string projectId, ProjectActionCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.ProjectActionCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "projects.actions.create", $"projects/{Uri.EscapeDataString(projectId)}/actions", parameters,
            FloraJsonContext.Default.ProjectActionCreateParams, FloraJsonContext.Default.ProjectActionCreateResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<RunStartResponse>> IProjectActionServiceWithRawResponse.RunAsync(
        string projectId, string nodeId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ProjectId(projectId, nameof(projectId));
        InputValidation.NodeId(nodeId, nameof(nodeId));
        InputValidation.RequestOptions(options, nameof(options));

        // FLORA's SDK sends this POST without a body; the transport still adds the Idempotency-Key.
        var path = $"projects/{Uri.EscapeDataString(projectId)}/actions/{Uri.EscapeDataString(nodeId)}/run";
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Post, "projects.actions.run", path), FloraJsonContext.Default.RunStartResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

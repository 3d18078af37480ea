using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Runs;

/// <summary>
/// The run endpoints over the API transport. Each typed call is its raw twin (<see cref="IRunServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed partial class RunService(ApiTransport api) : IRunService, IRunServiceWithRawResponse
{
    public IRunServiceWithRawResponse WithRawResponse => this;

    public async Task<RunStartResponse> StartTechniqueAsync(RunStartTechniqueParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.StartTechniqueAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<RunStartResponse> StartGenerationAsync(GenerationCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.StartGenerationAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Run> RetrieveAsync(string runId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(runId, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<Run>> IRunServiceWithRawResponse.RetrieveAsync(string runId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.RunId(runId, nameof(runId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "runs.retrieve", "runs/" + Uri.EscapeDataString(runId)),
            FloraJsonContext.Default.Run, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<RunStartResponse>> IRunServiceWithRawResponse.StartTechniqueAsync(
        RunStartTechniqueParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.RunStartTechniqueParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "runs.start_technique", "runs/technique", parameters,
            FloraJsonContext.Default.RunStartTechniqueParams, FloraJsonContext.Default.RunStartResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<RunStartResponse>> IRunServiceWithRawResponse.StartGenerationAsync(
        GenerationCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.GenerationCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "runs.start_generation", "runs/generation", parameters,
            FloraJsonContext.Default.GenerationCreateParams, FloraJsonContext.Default.RunStartResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

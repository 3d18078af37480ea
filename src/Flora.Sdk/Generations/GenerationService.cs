using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Generations;

/// <summary>
/// The generation endpoints over the API transport. Each typed call is its raw twin (<see cref="IGenerationServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class GenerationService(ApiTransport api) : IGenerationService, IGenerationServiceWithRawResponse
{
    public IGenerationServiceWithRawResponse WithRawResponse => this;

    public async Task<RunStartResponse> CreateAsync(GenerationCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Run> RetrieveAsync(string runId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(runId, options, cancellationToken).ConfigureAwait(false)).Value;

    public AsyncPageable<Run> ListAsync(GenerationListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync, like the other lists.
        InputValidation.GenerationListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<Run>(
            async (cursor, token) => (await FetchAsync(parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters?.Cursor,
            api.MaxPages,
            cancellationToken);
    }

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<RunStartResponse>> IGenerationServiceWithRawResponse.CreateAsync(
        GenerationCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.GenerationCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "generations.create", "generate", parameters,
            FloraJsonContext.Default.GenerationCreateParams, FloraJsonContext.Default.RunStartResponse, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Run>> IGenerationServiceWithRawResponse.RetrieveAsync(string runId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.RunId(runId, nameof(runId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "generations.retrieve", "runs/" + Uri.EscapeDataString(runId)),
            FloraJsonContext.Default.Run, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Page<Run>>> IGenerationServiceWithRawResponse.ListPageAsync(
        GenerationListParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.GenerationListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await FetchAsync(parameters, parameters?.Cursor, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FloraResponse<Page<Run>>> FetchAsync(
        GenerationListParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var uri = new QueryBuilder("generations")
            .Add("workspace_id", parameters?.WorkspaceId)
            .Add("project_id", parameters?.ProjectId)
            .Add("status", parameters?.Status?.ToString())
            .Add("limit", parameters?.Limit)
            .Add("cursor", cursor)
            .ToString();
        var response = await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "generations.list", uri),
            FloraJsonContext.Default.GenerationListPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        return Page<Run>.Answered(response, wire.Generations, wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
    }
}

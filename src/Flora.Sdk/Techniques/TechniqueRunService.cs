using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Techniques;

/// <summary>
/// The technique run endpoints over the API transport. Each typed call is its raw twin (<see cref="ITechniqueRunServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class TechniqueRunService(ApiTransport api) : ITechniqueRunService, ITechniqueRunServiceWithRawResponse
{
    public ITechniqueRunServiceWithRawResponse WithRawResponse => this;

    public async Task<Run> CreateAsync(string techniqueId, TechniqueRunCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.CreateAsync(techniqueId, parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    public async Task<Run> RetrieveAsync(string techniqueId, string runId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(techniqueId, runId, options, cancellationToken).ConfigureAwait(false)).Value;

    public AsyncPageable<Run> ListAsync(TechniqueRunListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync, like the other lists.
        InputValidation.TechniqueRunListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<Run>(
            async (cursor, token) => (await FetchAsync(parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters?.Cursor,
            api.MaxPages,
            cancellationToken);
    }

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<Run>> ITechniqueRunServiceWithRawResponse.CreateAsync(
        string techniqueId, TechniqueRunCreateParams parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.TechniqueId(techniqueId, nameof(techniqueId));
        InputValidation.TechniqueRunCreateParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.PostJsonAsync(
            "techniques.runs.create", "techniques/" + Uri.EscapeDataString(techniqueId) + "/runs", parameters,
            FloraJsonContext.Default.TechniqueRunCreateParams, FloraJsonContext.Default.Run, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Run>> ITechniqueRunServiceWithRawResponse.RetrieveAsync(
        string techniqueId, string runId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.TechniqueId(techniqueId, nameof(techniqueId));
        InputValidation.RunId(runId, nameof(runId));
        InputValidation.RequestOptions(options, nameof(options));
        var path = $"techniques/{Uri.EscapeDataString(techniqueId)}/runs/{Uri.EscapeDataString(runId)}";
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "techniques.runs.retrieve", path),
            FloraJsonContext.Default.Run, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Page<Run>>> ITechniqueRunServiceWithRawResponse.ListPageAsync(
        TechniqueRunListParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.TechniqueRunListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await FetchAsync(parameters, parameters?.Cursor, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FloraResponse<Page<Run>>> FetchAsync(
        TechniqueRunListParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var uri = new QueryBuilder("technique-runs")
            .Add("workspace_id", parameters?.WorkspaceId)
            .Add("project_id", parameters?.ProjectId)
            .Add("technique_id", parameters?.TechniqueId)
            .Add("status", parameters?.Status?.ToString())
            .Add("limit", parameters?.Limit)
            .Add("cursor", cursor)
            .ToString();
        var response = await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "techniques.runs.list", uri),
            FloraJsonContext.Default.TechniqueRunListPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        return Page<Run>.Answered(response, wire.TechniqueRuns, wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
    }
}

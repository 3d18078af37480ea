using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Paging;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.Techniques;

/// <summary>
/// The technique endpoints over the API transport. Each typed call is its raw twin (<see cref="ITechniqueServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class TechniqueService(ApiTransport api) : ITechniqueService, ITechniqueServiceWithRawResponse
{
    private readonly TechniqueRunService _runs = new(api);

    public ITechniqueServiceWithRawResponse WithRawResponse => this;

    public ITechniqueRunService Runs => _runs;

    public async Task<Technique> RetrieveAsync(string techniqueId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.RetrieveAsync(techniqueId, options, cancellationToken).ConfigureAwait(false)).Value;

    public AsyncPageable<Technique> ListAsync(TechniqueListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validate now, not at the first MoveNextAsync, like the other lists.
        InputValidation.TechniqueListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return new CursorPageable<Technique>(
            async (cursor, token) => (await FetchAsync(parameters, cursor, options, token).ConfigureAwait(false)).Value,
            parameters?.Cursor,
            api.MaxPages,
            cancellationToken);
    }

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<Technique>> ITechniqueServiceWithRawResponse.RetrieveAsync(
        string techniqueId, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.TechniqueId(techniqueId, nameof(techniqueId));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "techniques.retrieve", "techniques/" + Uri.EscapeDataString(techniqueId)),
            FloraJsonContext.Default.Technique, options, cancellationToken).ConfigureAwait(false);
    }

    async Task<FloraResponse<Page<Technique>>> ITechniqueServiceWithRawResponse.ListPageAsync(
        TechniqueListParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.TechniqueListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await FetchAsync(parameters, parameters?.Cursor, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FloraResponse<Page<Technique>>> FetchAsync(
        TechniqueListParams? parameters, string? cursor, RequestOptions? options, CancellationToken cancellationToken)
    {
        var uri = new QueryBuilder("techniques")
            .Add("workspace_id", parameters?.WorkspaceId)
            .Add("query", parameters?.Query)
            .Add("limit", parameters?.Limit)
            .Add("cursor", cursor)
            .ToString();
        var response = await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "techniques.list", uri),
            FloraJsonContext.Default.TechniqueListPage, options, cancellationToken).ConfigureAwait(false);
        var wire = response.Value;
        return Page<Technique>.Answered(response, wire.Techniques, wire.Meta?.NextCursor, wire.Meta?.TotalEstimate);
    }
}

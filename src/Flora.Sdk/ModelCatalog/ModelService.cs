using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Transport;
using Flora.Sdk.Validation;

namespace Flora.Sdk.ModelCatalog;

/// <summary>
/// The model catalog over the API transport. The typed call is its raw twin (<see cref="IModelServiceWithRawResponse"/>)
/// followed by <c>.Value</c>, so the two cannot behave differently.
/// </summary>
internal sealed class ModelService(ApiTransport api) : IModelService, IModelServiceWithRawResponse
{
    public IModelServiceWithRawResponse WithRawResponse => this;

    public async Task<ModelListResponse> ListAsync(ModelListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        (await WithRawResponse.ListAsync(parameters, options, cancellationToken).ConfigureAwait(false)).Value;

    // Async, so that invalid arguments come back as a faulted task, not a synchronous throw.
    async Task<FloraResponse<ModelListResponse>> IModelServiceWithRawResponse.ListAsync(
        ModelListParams? parameters, RequestOptions? options, CancellationToken cancellationToken)
    {
        InputValidation.ModelListParams(parameters, nameof(parameters));
        InputValidation.RequestOptions(options, nameof(options));
        return await api.SendAsync(
            new ApiRequest(HttpMethod.Get, "models.list", new QueryBuilder("models").Add("type", parameters?.Type).ToString()),
            FloraJsonContext.Default.ModelListResponse, options, cancellationToken).ConfigureAwait(false);
    }
}

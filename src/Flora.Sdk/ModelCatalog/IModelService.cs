using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Models: the catalog of models a generation can use.</summary>
public interface IModelService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IModelServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Lists the models (<c>GET /models</c>), optionally of one kind.</summary>
    /// <param name="parameters">An optional kind (<see cref="GenerationType"/>).</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The models, with their cost, duration and parameters.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<ModelListResponse> ListAsync(ModelListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

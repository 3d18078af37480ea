using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The model endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="IModelService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface IModelServiceWithRawResponse
{
    /// <summary>Lists the models; see <see cref="IModelService.ListAsync"/>.</summary>
    /// <param name="parameters">An optional kind.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<ModelListResponse>> ListAsync(ModelListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

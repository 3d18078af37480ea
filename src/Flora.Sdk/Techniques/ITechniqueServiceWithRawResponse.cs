using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// The technique endpoints returning <see cref="FloraResponse{T}"/>: the parsed body with the HTTP status and headers.
/// Validation, retries and errors are the same as <see cref="ITechniqueService"/>, whose calls are these followed by <c>.Value</c>.
/// </summary>
public interface ITechniqueServiceWithRawResponse
{
    /// <summary>Gets one page of techniques; see <see cref="ITechniqueService.ListAsync"/>.</summary>
    /// <param name="parameters">The filters, page size and the cursor of the page to get.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page with status and headers.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    Task<FloraResponse<Page<Technique>>> ListPageAsync(TechniqueListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one technique; see <see cref="ITechniqueService.RetrieveAsync"/>.</summary>
    /// <param name="techniqueId">The technique's id or slug.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response with status and headers.</returns>
    /// <exception cref="ArgumentException">The id is not valid; nothing was sent.</exception>
    Task<FloraResponse<Technique>> RetrieveAsync(string techniqueId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

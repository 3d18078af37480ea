using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Techniques: FLORA's catalog of ready-made workflows (list and get), and their runs (<see cref="Runs"/>).</summary>
public interface ITechniqueService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    ITechniqueServiceWithRawResponse WithRawResponse { get; }

    /// <summary>A technique's runs: create, get and list.</summary>
    ITechniqueRunService Runs { get; }

    /// <summary>Lists techniques (<c>GET /techniques</c>), fetching pages lazily.</summary>
    /// <param name="parameters">An optional workspace, search, page size and starting cursor.</param>
    /// <param name="options">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A pageable: <c>await foreach</c> for every technique, or <see cref="AsyncPageable{T}.AsPages"/> for pages.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    /// <remarks>Pages follow <c>meta.next_cursor</c>; the next page is requested only when the caller reaches it.</remarks>
    AsyncPageable<Technique> ListAsync(TechniqueListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one technique (<c>GET /techniques/{techniqueId}</c>): its inputs, outputs and cost.</summary>
    /// <param name="techniqueId">The technique's id or slug; escaped as one path segment.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The technique.</returns>
    /// <exception cref="ArgumentException">The id is blank or <c>.</c>/<c>..</c>; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No such technique.</exception>
    /// <exception cref="FloraApiException">The API answered with another error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<Technique> RetrieveAsync(string techniqueId, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

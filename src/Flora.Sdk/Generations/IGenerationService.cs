using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>Generations: make an image, a video, audio or a text from a prompt with a model; get and list them.</summary>
public interface IGenerationService
{
    /// <summary>The same calls, each returning a <see cref="FloraResponse{T}"/> with the HTTP status and headers.</summary>
    IGenerationServiceWithRawResponse WithRawResponse { get; }

    /// <summary>Starts a generation (<c>POST /generate</c>). The call sends an <c>Idempotency-Key</c>, the same on every attempt.</summary>
    /// <param name="parameters">The workspace, project, prompt, type and optional model, parameters and webhook URL.</param>
    /// <param name="options">Per-call overrides; an <c>Idempotency-Key</c> is made when none is given.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The started run's id, kind and cost: wait for it with <c>client.Runs.WaitForCompletionAsync(started.RunId)</c>.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="FloraApiException">The API answered with an error status.</exception>
    /// <exception cref="FloraConnectionException">No response arrived, after every retry.</exception>
    Task<RunStartResponse> CreateAsync(GenerationCreateParams parameters, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a generation's run (<c>GET /runs/{runId}</c>).</summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call, including its retries.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentException">The id is blank or <c>.</c>/<c>..</c>; nothing was sent.</exception>
    /// <exception cref="FloraNotFoundException">No run has this id.</exception>
    Task<Run> RetrieveAsync(string runId, RequestOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists generations (<c>GET /generations</c>), fetching pages lazily.</summary>
    /// <param name="parameters">Optional filters, page size and starting cursor.</param>
    /// <param name="options">Per-call overrides, applied to every page request.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>A pageable: <c>await foreach</c> for every generation's run, or <see cref="AsyncPageable{T}.AsPages"/> for pages.</returns>
    /// <exception cref="ArgumentException">A parameter breaks a documented rule; thrown at once, nothing was sent.</exception>
    /// <remarks>Pages follow <c>meta.next_cursor</c>; the next page is requested only when the caller reaches it.</remarks>
    AsyncPageable<Run> ListAsync(GenerationListParams? parameters = null, RequestOptions? options = null, CancellationToken cancellationToken = default);
}

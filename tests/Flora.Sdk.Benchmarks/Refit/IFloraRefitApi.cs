using Flora.Sdk.Benchmarks.Baseline;
using Refit;

namespace Flora.Sdk.Benchmarks.RefitClient;

/// <summary>The same three calls as a Refit interface; Refit's source generator implements it at compile time.</summary>
/// <remarks>Authorization, Accept and User-Agent come from the HttpClient's default headers (see <see cref="RefitFactory"/>).</remarks>
internal interface IFloraRefitApi
{
    [Get("/assets/{assetId}")]
    Task<BaselineRetrieveResponse> RetrieveAsync(string assetId, CancellationToken cancellationToken = default);

    [Post("/assets")]
    Task<BaselineCreateResponse> CreateAsync([Body] BaselineCreateParams body, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken = default);

    [Get("/assets")]
    Task<BaselineListPage> ListAsync([AliasAs("limit")] int? limit = null, [AliasAs("cursor")] string? cursor = null, CancellationToken cancellationToken = default);
}

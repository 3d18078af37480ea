using System.Text.Json;
using Flora.Sdk.Benchmarks.Baseline;
using Refit;

namespace Flora.Sdk.Benchmarks.RefitClient;

/// <summary>Creates the source-generated Refit client over the baseline's JSON context.</summary>
internal static class RefitFactory
{
    private static readonly JsonSerializerOptions s_json = new(BaselineJsonContext.Default.Options) { TypeInfoResolver = BaselineJsonContext.Default };

    public static IFloraRefitApi Create(HttpClient http, string baseUrl, string apiKey)
    {
        http.BaseAddress = new Uri(baseUrl.TrimEnd('/'));
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + apiKey);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json");
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Flora.Refit/1.0 (.NET)");

        // Refit.Reflection is not available here, so only the generated implementation can be used.
        return RestService.ForGenerated<IFloraRefitApi>(http, new RefitSettings(new SystemTextJsonContentSerializer(s_json)));
    }

    /// <summary>Every asset of every page, one page in memory at a time.</summary>
    public static async IAsyncEnumerable<BaselineListItem> ListAllAsync(
        this IFloraRefitApi api, int? limit = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await api.ListAsync(limit, cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Assets ?? [])
            {
                yield return item;
            }

            cursor = page.Meta?.NextCursor;
        }
        while (!string.IsNullOrEmpty(cursor));
    }
}

using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire shape of one page of <c>GET /technique-runs</c>; its <c>meta</c> is the asset list's.</summary>
internal sealed record TechniqueRunListPage
{
    public IReadOnlyList<Run>? TechniqueRuns { get; init; }

    public AssetListPageMeta? Meta { get; init; }
}

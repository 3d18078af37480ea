using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire shape of one page of <c>GET /generations</c>; its <c>meta</c> is the asset list's.</summary>
internal sealed record GenerationListPage
{
    public IReadOnlyList<Run>? Generations { get; init; }

    public AssetListPageMeta? Meta { get; init; }
}

using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire shape of one page of <c>GET /techniques</c>; its <c>meta</c> is the asset list's.</summary>
internal sealed record TechniqueListPage
{
    public IReadOnlyList<Technique>? Techniques { get; init; }

    public AssetListPageMeta? Meta { get; init; }
}

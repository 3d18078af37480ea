using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire shape of one page of <c>GET /projects</c>; its <c>meta</c> is the asset list's.</summary>
internal sealed record ProjectListPage
{
    public IReadOnlyList<ProjectListResponse>? Projects { get; init; }

    public AssetListPageMeta? Meta { get; init; }
}

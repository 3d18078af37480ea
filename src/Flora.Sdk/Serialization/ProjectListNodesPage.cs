using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire shape of one page of <c>GET /projects/{projectId}/nodes</c>; its <c>meta</c> is the asset list's.</summary>
internal sealed record ProjectListNodesPage
{
    public IReadOnlyList<ProjectListNodesResponse>? Nodes { get; init; }

    public AssetListPageMeta? Meta { get; init; }
}

using Flora.Sdk.Models;

namespace Flora.Sdk.Serialization;

/// <summary>The wire shape of one page of <c>GET /assets</c>.</summary>
internal sealed record AssetListPage
{
    public IReadOnlyList<AssetListResponse>? Assets { get; init; }

    public AssetListPageMeta? Meta { get; init; }
}

/// <summary>The <c>meta</c> block of a list page.</summary>
internal sealed record AssetListPageMeta
{
    public string? NextCursor { get; init; }

    [System.Text.Json.Serialization.JsonConverter(typeof(LenientInt64Converter))]
    public long? TotalEstimate { get; init; }
}

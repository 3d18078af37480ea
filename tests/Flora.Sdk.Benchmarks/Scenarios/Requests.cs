using Flora.Sdk.Benchmarks.Baseline;
using Flora.Sdk.Models;

namespace Flora.Sdk.Benchmarks.Scenarios;

/// <summary>The request inputs, built once so no client pays for them.</summary>
internal static class Requests
{
    public static readonly AssetCreateParams SdkCreate = new()
    {
        Source = AssetSource.SignedUrl,
        WorkspaceId = Infrastructure.Payloads.WorkspaceId,
        FileName = "product.png",
        ContentType = "image/png",
    };

    public static readonly BaselineCreateParams BaselineCreate = new()
    {
        Source = AssetSource.SignedUrl,
        WorkspaceId = Infrastructure.Payloads.WorkspaceId,
        FileName = "product.png",
        ContentType = "image/png",
    };

    public static readonly AssetListParams SdkListPage = new() { Limit = Infrastructure.Payloads.PageSize };
}

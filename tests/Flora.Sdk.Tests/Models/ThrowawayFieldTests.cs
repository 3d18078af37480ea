using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;

namespace Flora.Sdk.Tests.Models;

public class ThrowawayFieldTests
{
    [Fact]
    public void NewField_ReachesEveryRecordAssetAndMerge()
    {
        var retrieved = JsonSerializer.Deserialize("""{"asset_id":"a","status":"ready","duration_ms":1500}""", FloraJsonContext.Default.AssetRetrieveResponse)!;
        var listed = JsonSerializer.Deserialize("""{"asset_id":"a","duration_ms":7}""", FloraJsonContext.Default.AssetListResponse)!;
        var created = JsonSerializer.Deserialize("""{"asset_id":"a","duration_ms":9}""", FloraJsonContext.Default.AssetCreateResponse)!;

        Assert.Equal((1500L, 7L, 9L), (retrieved.DurationMs, listed.DurationMs, created.DurationMs));
        Assert.Empty(retrieved.AdditionalProperties);
        Assert.Equal(1500L, retrieved.ToAsset().DurationMs);
        Assert.Equal(9L, created.ToAsset().With(new Asset { AssetId = "a" }).DurationMs);
        Assert.Contains("\"duration_ms\":1500", JsonSerializer.Serialize(retrieved.ToAsset(), FloraJsonContext.Default.Asset), StringComparison.Ordinal);
    }
}

using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Models;

public class AssetStatusTests
{
    [Fact]
    public void KnownValues_ToString_GiveTheWireValues()
    {
        Assert.Equal("pending_upload", AssetStatus.PendingUpload.ToString());
        Assert.Equal("ready", AssetStatus.Ready.ToString());
        Assert.Equal("failed", AssetStatus.Failed.ToString());
    }

    [Fact]
    public void Equality_SameWireValue_IsEqual()
    {
        AssetStatus fromString = "ready";

        Assert.True(fromString == AssetStatus.Ready);
        Assert.False(fromString != AssetStatus.Ready);
        Assert.Equal(AssetStatus.Ready.GetHashCode(), fromString.GetHashCode());
        Assert.True(AssetStatus.Ready.Equals((object)fromString));
        Assert.NotEqual(AssetStatus.Ready, AssetStatus.Failed);
    }

    [Fact]
    public void IsKnown_UnknownValue_IsFalseButKept()
    {
        var status = new AssetStatus("processing");

        Assert.False(status.IsKnown);
        Assert.True(AssetStatus.Ready.IsKnown);
        Assert.Equal("processing", status.ToString());
    }

    [Fact]
    public void Default_ToString_IsEmpty()
    {
        Assert.Equal(string.Empty, default(AssetStatus).ToString());
        Assert.False(default(AssetStatus).IsKnown);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new AssetStatus(null!));
    }
}

using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Errors;

public class FloraAssetNotReadyExceptionTests
{
    [Fact]
    public void Waited_IsHowLongTheSdkWaited()
    {
        var ex = new FloraAssetNotReadyException("asset_1", AssetStatus.PendingUpload, TimeSpan.FromSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), ex.Waited);
        Assert.Contains("90 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Waited_NoWait_IsZero()
    {
        var ex = new FloraAssetNotReadyException("asset_1", AssetStatus.PendingUpload, TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, ex.Waited);
    }
}

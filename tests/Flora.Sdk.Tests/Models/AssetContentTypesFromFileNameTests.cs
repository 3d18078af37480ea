using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Models;

public class AssetContentTypesFromFileNameTests
{
    [Theory]
    [InlineData("product.png", "image/png")]
    [InlineData("PRODUCT.PNG", "image/png")]
    [InlineData("Clip.MP4", "video/mp4")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("clip.mov", "video/quicktime")]
    [InlineData("a.b.webp", "image/webp")]
    [InlineData("/some/dir/scan.pdf", "application/pdf")]
    [InlineData("legacy.bmp", "image/bmp")]
    public void FromFileName_KnownExtension_GivesTheMediaType(string fileName, string expected)
    {
        Assert.Equal(expected, AssetContentTypes.FromFileName(fileName));
    }

    [Theory]
    [InlineData("archive.unknownext")]
    [InlineData("noextension")]
    [InlineData("")]
    public void FromFileName_UnknownExtension_ReturnsNull(string fileName)
    {
        Assert.Null(AssetContentTypes.FromFileName(fileName));
    }

    [Fact]
    public void FromFileName_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AssetContentTypes.FromFileName(null!));
    }

    [Fact]
    public void AllowedExtensions_EachMapsToAnAllowedType_AndEveryAllowedTypeHasOne()
    {
        Assert.All(AssetContentTypes.AllowedExtensions, extension => Assert.True(AssetContentTypes.IsAllowed(AssetContentTypes.FromFileName("f" + extension))));
        Assert.All(AssetContentTypes.Allowed, type => Assert.Contains(AssetContentTypes.AllowedExtensions, e => AssetContentTypes.FromFileName("f" + e) == type));
    }
}

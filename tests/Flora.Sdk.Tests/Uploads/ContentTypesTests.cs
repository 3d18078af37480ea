using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

public class ContentTypesTests
{
    [Theory]
    [InlineData("product.png", "image/png")]
    [InlineData("PRODUCT.PNG", "image/png")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("clip.mov", "video/quicktime")]
    [InlineData("a.b.webp", "image/webp")]
    [InlineData("archive.unknownext", "application/octet-stream")]
    [InlineData("noextension", "application/octet-stream")]
    public void FromFileName_Extension_GivesTheMediaType(string fileName, string expected)
    {
        Assert.Equal(expected, ContentTypes.FromFileName(fileName));
    }
}

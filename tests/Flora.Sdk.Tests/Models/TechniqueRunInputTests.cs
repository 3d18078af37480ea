using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Models;

public class TechniqueRunInputTests
{
    private static Asset Ready(string contentType = "image/png", string? url = "https://cdn.flora.test/a.png") =>
        new() { AssetId = "asset_1", Status = AssetStatus.Ready, ContentType = contentType, Url = url };

    [Fact]
    public void Text_GivesATextInput()
    {
        var input = TechniqueRunInput.Text("prompt", "a red fox");

        Assert.Equal(("prompt", "text", "a red fox"), (input.Id, input.Type, input.Value));
    }

    [Theory]
    [InlineData("image/png", "imageUrl")]
    [InlineData("IMAGE/jpeg", "imageUrl")]
    [InlineData("video/mp4", "videoUrl")]
    [InlineData("video/webm; codecs=vp9", "videoUrl")]
    public void FromAsset_ReadyMedia_PicksTheTypeFromTheContentType(string contentType, string expected)
    {
        var input = TechniqueRunInput.FromAsset("media", Ready(contentType));

        Assert.Equal(("media", expected, "https://cdn.flora.test/a.png"), (input.Id, input.Type, input.Value));
    }

    [Fact]
    public void FromAsset_NoContentTypeButAnUploadContentType_UsesIt()
    {
        var input = TechniqueRunInput.FromAsset("media", Ready() with { ContentType = null, UploadContentType = "video/quicktime" });

        Assert.Equal("videoUrl", input.Type);
    }

    [Theory]
    [InlineData("http://localhost:5000/files/a.png")]
    [InlineData("http://127.0.0.1:5000/files/a.png")]
    public void FromAsset_HttpOnLoopback_IsAllowedForTheEmulator(string url)
    {
        Assert.Equal(url, TechniqueRunInput.FromAsset("image", Ready(url: url)).Value);
    }

    [Theory]
    [InlineData("pending_upload", "image/png", "https://cdn.flora.test/a.png", "not ready")]
    [InlineData("failed", "image/png", "https://cdn.flora.test/a.png", "not ready")]
    [InlineData("ready", "image/png", null, "no https URL")]
    [InlineData("ready", "image/png", "http://cdn.flora.test/a.png", "no https URL")]
    [InlineData("ready", "image/png", "/files/a.png", "no https URL")]
    [InlineData("ready", "image/png", "ftp://cdn.flora.test/a.png", "no https URL")]
    [InlineData("ready", "audio/mpeg", "https://cdn.flora.test/a.mp3", "image (image/*) or a video")]
    [InlineData("ready", "application/pdf", "https://cdn.flora.test/a.pdf", "image (image/*) or a video")]
    public void FromAsset_UnusableAsset_ThrowsWithWhatToDo(string status, string contentType, string? url, string said)
    {
        var asset = Ready(contentType, url) with { Status = new AssetStatus(status) };

        var ex = Assert.Throws<ArgumentException>(() => TechniqueRunInput.FromAsset("image", asset));

        Assert.Contains(said, ex.Message, StringComparison.Ordinal);
        Assert.Contains("asset_1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("asset", ex.ParamName);
    }

    [Fact]
    public void FromAsset_NoContentType_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => TechniqueRunInput.FromAsset("image", Ready() with { ContentType = null }));

        Assert.Contains("no known content type", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Factories_BlankId_Throw(string id)
    {
        Assert.Throws<ArgumentException>(() => TechniqueRunInput.Text(id, "t"));
        Assert.Throws<ArgumentException>(() => TechniqueRunInput.FromAsset(id, Ready()));
        Assert.Throws<ArgumentNullException>(() => TechniqueRunInput.FromAsset("image", null!));
        Assert.Throws<ArgumentNullException>(() => TechniqueRunInput.Text("prompt", null!));
    }
}

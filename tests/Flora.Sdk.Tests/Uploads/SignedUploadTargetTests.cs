using Flora.Sdk.Models;
using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>A reservation's upload instructions read into a target: method, URL, file field, and the body each shape sends.</summary>
public class SignedUploadTargetTests
{
    private const string Https = "https://upload.test/bucket/a";

    private static AssetCreateResponse Reservation(Upload? upload = null, string? uploadUrl = null) =>
        new() { AssetId = "asset_t1", Upload = upload, UploadUrl = uploadUrl };

    [Theory]
    [InlineData("", "POST")]
    [InlineData("POST", "POST")]
    [InlineData("post", "POST")]
    [InlineData("PUT", "PUT")]
    [InlineData("put", "PUT")]
    public void From_UploadBlock_TakesItsMethodWhateverTheCase_PostWhenUnnamed(string method, string expected)
    {
        var target = SignedUploadTarget.From(Reservation(new Upload { Url = Https, Method = method }));

        Assert.Equal(expected, target.Method.Method);
        Assert.Equal(new Uri(Https), target.Url);
    }

    [Fact]
    public void From_UploadBlockNamesAnotherMethod_ThrowsNamingItOnOneLine()
    {
        var ex = Assert.Throws<FloraException>(() => SignedUploadTarget.From(Reservation(new Upload { Url = Https, Method = "PATCH\nX" })));

        Assert.Contains("upload method 'PATCH X'", ex.Message);
        Assert.Contains("asset_t1", ex.Message);
    }

    [Fact]
    public void From_UploadBlockWithoutUrl_FallsBackToUploadUrlAsPut()
    {
        var target = SignedUploadTarget.From(Reservation(new Upload { Url = "", Method = "POST" }, uploadUrl: "https://upload.test/put/1?sig=x"));

        Assert.Equal(HttpMethod.Put, target.Method);
        Assert.Equal(new Uri("https://upload.test/put/1?sig=x"), target.Url);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void From_NoUploadBlockAndNoUploadUrl_ThrowsSayingNeitherWasSent(string? uploadUrl)
    {
        var ex = Assert.Throws<FloraException>(() => SignedUploadTarget.From(Reservation(uploadUrl: uploadUrl)));

        Assert.Contains("neither 'upload' nor 'upload_url'", ex.Message);
        Assert.Contains("asset_t1", ex.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000/bucket")]
    [InlineData("http://localhost:9000/bucket")]
    [InlineData("https://upload.test/bucket")]
    public void From_HttpsOrLoopbackHttp_IsAccepted(string url)
    {
        Assert.Equal(new Uri(url), SignedUploadTarget.From(Reservation(new Upload { Url = url })).Url);
        Assert.Equal(new Uri(url), SignedUploadTarget.From(Reservation(uploadUrl: url)).Url);
    }

    [Theory]
    [InlineData("http://upload.test/bucket")]
    [InlineData("ftp://upload.test/bucket")]
    [InlineData("/bucket/relative")]
    public void From_UrlThatIsNotHttpsOrLoopback_ThrowsWithoutSending(string url)
    {
        var block = Assert.Throws<FloraException>(() => SignedUploadTarget.From(Reservation(new Upload { Url = url })));
        var put = Assert.Throws<FloraException>(() => SignedUploadTarget.From(Reservation(uploadUrl: url)));

        Assert.Contains($"not an absolute https URL ('{url}')", block.Message);
        Assert.Contains("asset_t1", block.Message);
        Assert.Equal(block.Message, put.Message);
    }

    [Fact]
    public async Task BuildContent_Post_SendsTheFormFieldsInOrderThenTheFileUnderItsField()
    {
        var fields = new Dictionary<string, string> { ["key"] = "uploads/a.png", ["policy"] = "p", ["x-signature"] = "s" };
        var target = SignedUploadTarget.From(Reservation(new Upload { Url = Https, Method = "POST", FileField = "media", FormFields = fields }));

        using var content = target.BuildContent(new MemoryStream([1, 2, 3]), "a.png", "image/png");

        var parts = Assert.IsType<MultipartFormDataContent>(content).ToList();
        Assert.Equal(["key", "policy", "x-signature", "media"], parts.Select(p => p.Headers.ContentDisposition!.Name!.Trim('"')));
        Assert.All(parts.Take(3), p => Assert.Null(p.Headers.ContentType));
        Assert.All(parts.Take(3), p => Assert.Null(p.Headers.ContentDisposition!.FileName));
        Assert.Equal("uploads/a.png", await parts[0].ReadAsStringAsync());
        Assert.Equal("a.png", parts[3].Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("image/png", parts[3].Headers.ContentType!.MediaType);
        Assert.Equal([1, 2, 3], await parts[3].ReadAsByteArrayAsync());
    }

    [Fact]
    public void BuildContent_PostWithoutFileField_NamesTheFileFieldFile()
    {
        var target = SignedUploadTarget.From(Reservation(new Upload { Url = Https }));

        using var content = target.BuildContent(new MemoryStream([1]), "a.png", "image/png");

        var file = Assert.Single(Assert.IsType<MultipartFormDataContent>(content));
        Assert.Equal("file", file.Headers.ContentDisposition!.Name!.Trim('"'));
    }

    [Fact]
    public async Task BuildContent_Put_SendsTheRawBytesWithTheContentTypeAndNoForm()
    {
        var target = SignedUploadTarget.From(Reservation(new Upload { Url = Https, Method = "PUT", FormFields = new Dictionary<string, string> { ["key"] = "k" } }));

        using var content = target.BuildContent(new MemoryStream([7, 8, 9]), "a.webp", "image/webp");

        Assert.IsNotType<MultipartFormDataContent>(content, exactMatch: false);
        Assert.Equal("image/webp", content.Headers.ContentType!.MediaType);
        Assert.Equal([7, 8, 9], await content.ReadAsByteArrayAsync());
    }
}

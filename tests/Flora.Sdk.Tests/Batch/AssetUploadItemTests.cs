using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Batch;

/// <summary>How items are made: a path or a stream factory, checked at once, opened only later.</summary>
public sealed class AssetUploadItemTests
{
    [Fact]
    public void FromFile_Path_TakesTheFileNameOfThePathUnlessGivenOne()
    {
        var item = AssetUploadItem.FromFile(Path.Combine("photos", "a.png"));
        var named = AssetUploadItem.FromFile(Path.Combine("photos", "a.png"), "cover.png");

        Assert.Equal(("a.png", Path.Combine("photos", "a.png"), (long?)null), (item.FileName, item.Path, item.Length));
        Assert.Equal("cover.png", named.FileName);
        Assert.Equal(Path.Combine("photos", "a.png"), item.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void FromFile_BlankPath_ThrowsNamingIt(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => AssetUploadItem.FromFile(path));

        Assert.Equal("path", error.ParamName);
        Assert.Contains("The path is blank", error.Message, StringComparison.Ordinal);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => AssetUploadItem.FromFile(null!)).ParamName);
    }

    [Fact]
    public async Task FromStream_Factory_IsNotCalledUntilTheItemOpens()
    {
        var opened = 0;
        var stream = new MemoryStream();

        var item = AssetUploadItem.FromStream("a.png", () => { opened++; return stream; }, length: 42);

        Assert.Equal(0, opened);
        Assert.Equal(("a.png", (string?)null, (long?)42), (item.FileName, item.Path, item.Length));
        Assert.Equal("a.png", item.ToString());
        Assert.Same(stream, await item.OpenAsync(CancellationToken.None));
        Assert.Equal(1, opened);
    }

    [Fact]
    public async Task FromStream_AsyncFactory_IsNotCalledUntilTheItemOpensAndGetsTheOpeningToken()
    {
        var given = new List<CancellationToken>();
        var stream = new MemoryStream();
        using var cancel = new CancellationTokenSource();

        var item = AssetUploadItem.FromStream("a.png", token => { given.Add(token); return new ValueTask<Stream>(stream); }, length: 42);

        Assert.Empty(given);
        Assert.Equal(("a.png", (string?)null, (long?)42), (item.FileName, item.Path, item.Length));
        Assert.Same(stream, await item.OpenAsync(cancel.Token));
        Assert.Equal([cancel.Token], given);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void FromStream_BlankFileName_ThrowsNamingIt(string fileName)
    {
        var error = Assert.Throws<ArgumentException>(() => AssetUploadItem.FromStream(fileName, () => Stream.Null));

        Assert.Equal("fileName", error.ParamName);
        Assert.Contains("FileName is required", error.Message, StringComparison.Ordinal);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => AssetUploadItem.FromStream(null!, () => Stream.Null)).ParamName);
        Assert.Equal("open", Assert.Throws<ArgumentNullException>(() => AssetUploadItem.FromStream("a.png", (Func<Stream>)null!)).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentException>(() => AssetUploadItem.FromStream(fileName, _ => new ValueTask<Stream>(Stream.Null))).ParamName);
        Assert.Equal("open", Assert.Throws<ArgumentNullException>(() => AssetUploadItem.FromStream("a.png", (Func<CancellationToken, ValueTask<Stream>>)null!)).ParamName);
    }

    [Fact]
    public void Result_SucceededExactlyWhenItHasAnAsset()
    {
        var item = AssetUploadItem.FromFile("a.png");

        Assert.True(new AssetUploadResult { Item = item, Asset = new Asset { AssetId = "asset_1", Status = AssetStatus.Ready } }.Succeeded);
        Assert.False(new AssetUploadResult { Item = item, Error = new IOException() }.Succeeded);
    }
}

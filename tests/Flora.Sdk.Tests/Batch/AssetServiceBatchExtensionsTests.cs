using Flora.Sdk.Batch;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Batch;

/// <summary>The batch's arguments are checked at the call, before anything is read or sent; files upload as file items.</summary>
public sealed class AssetServiceBatchExtensionsTests
{
    private static readonly AssetUploadItem[] s_items = [BatchRun.Item("a.png")];

    [Fact]
    public void UploadManyAsync_NullArguments_ThrowNamingTheArgument()
    {
        using var client = new StubApi().Client();

        Assert.Equal("assets", Assert.Throws<ArgumentNullException>(() => AssetServiceBatchExtensions.UploadManyAsync(null!, s_items, BatchRun.Params)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => client.Assets.UploadManyAsync(null!, BatchRun.Params)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => client.Assets.UploadManyAsync(s_items, null!)).ParamName);
        Assert.Equal("paths", Assert.Throws<ArgumentNullException>(() => client.Assets.UploadFilesAsync(null!, BatchRun.Params)).ParamName);
    }

    [Fact]
    public void UploadManyAsync_WorkspaceWithoutPrefix_ThrowsNamingTheParameter()
    {
        using var client = new StubApi().Client();

        var error = Assert.ThrowsAny<ArgumentException>(() => client.Assets.UploadManyAsync(s_items, BatchRun.Params with { WorkspaceId = "1" }));

        Assert.Equal("parameters.WorkspaceId", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65)]
    public void UploadManyAsync_MaxConcurrencyOutside1To64_ThrowsNamingTheLimits(int concurrency)
    {
        using var client = new StubApi().Client();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Assets.UploadManyAsync(s_items, BatchRun.Params with { MaxConcurrency = concurrency }));

        Assert.Equal("parameters.MaxConcurrency", error.ParamName);
        Assert.Equal(concurrency, error.ActualValue);
        Assert.Contains("MaxConcurrency must be 1 to 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssetBatchUploadParams_ByDefault_UploadsFourItemsAtOnce() =>
        Assert.Equal(4, new AssetBatchUploadParams { WorkspaceId = "ws_1" }.MaxConcurrency);

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public async Task UploadManyAsync_MaxConcurrencyAtItsLimits_UploadsTheBatch(int concurrency)
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(s_items, BatchRun.Params with { MaxConcurrency = concurrency }));

        Assert.True(Assert.Single(results).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void UploadManyAsync_BlankContentType_ThrowsSayingToLeaveItNull(string contentType)
    {
        using var client = new StubApi().Client();

        var error = Assert.Throws<ArgumentException>(() => client.Assets.UploadManyAsync(s_items, BatchRun.Params with { ContentType = contentType }));

        Assert.Equal("parameters.ContentType", error.ParamName);
        Assert.Contains("leave it null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadManyAsync_InvalidRequestOptions_ThrowsNamingTheOption()
    {
        using var client = new StubApi().Client();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Assets.UploadManyAsync(s_items, BatchRun.Params, new RequestOptions { MaxRetries = -1 }));

        Assert.Equal("options.MaxRetries", error.ParamName);
    }

    [Fact]
    public void UploadManyAsync_BatchKeyOf230Characters_ThrowsNamingTheLimit()
    {
        using var client = new StubApi().Client();

        var error = Assert.Throws<ArgumentException>(() => client.Assets.UploadManyAsync(s_items, BatchRun.Params, new RequestOptions { IdempotencyKey = new string('k', 230) }));

        Assert.Equal("options.IdempotencyKey", error.ParamName);
        Assert.Contains("has 230 characters; a batch key may have at most 229", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadManyAsync_BatchKeyOf229Characters_SendsItsItemsKey()
    {
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();
        var key = new string('k', 229);

        var results = await BatchRun.CollectAsync(client.Assets.UploadManyAsync(s_items, BatchRun.Params, new RequestOptions { IdempotencyKey = key }));

        Assert.True(Assert.Single(results).Succeeded);
        Assert.Equal(key + "-" + BatchItemKeys.Hash("name:/a.png"), api.Single().Header("Idempotency-Key"));
    }

    [Fact]
    public async Task UploadManyAsync_RefusedArguments_SendNothingAndOpenNothing()
    {
        var api = new StubApi();
        using var client = api.Client();
        var opened = 0;
        AssetUploadItem[] items = [AssetUploadItem.FromStream("a.png", () => { opened++; return Stream.Null; })];

        Assert.ThrowsAny<ArgumentException>(() => client.Assets.UploadManyAsync(items, BatchRun.Params with { MaxConcurrency = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => client.Assets.UploadManyAsync(items, BatchRun.Params with { ContentType = " " }));
        await api.SettleAsync();

        Assert.Equal(0, api.Count);
        Assert.Equal(0, opened);
    }

    [Fact]
    public async Task UploadFilesAsync_TwoFiles_UploadsEachUnderItsNameWithItsBytesAndLength()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.png", "alpha-bytes");
        var b = folder.File("b.png", "bravo-bytes-longer");
        var api = new StubApi().CreatesAnswered();
        using var client = api.Client();

        var results = await BatchRun.CollectAsync(client.Assets.UploadFilesAsync([a, b], BatchRun.Params with { MaxConcurrency = 1 }));

        Assert.Equal(["0 " + a + " 11 asset_a", "1 " + b + " 18 asset_b"], results.Select(r => $"{r.Index} {r.Item.Path} {r.Length} {r.Asset!.AssetId}"));
        Assert.Equal(["a.png", "b.png"], api.Requests.Select(BatchRun.FileNameOf));
        Assert.Contains("alpha-bytes", api.Requests[0].BodyText, StringComparison.Ordinal);
        Assert.Contains("bravo-bytes-longer", api.Requests[1].BodyText, StringComparison.Ordinal);
    }
}

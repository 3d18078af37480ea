using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>A 2xx body that is not the documented JSON raises FloraException with the body attached, and is never retried.</summary>
public partial class JsonBodyReaderTests
{
    public static TheoryData<string> MalformedBodies => new()
    {
        """{"asset_id":"asset_1","status":"rea""",
        """{"asset_id":123,"status":"ready"}""",
        """{"asset_id":"asset_1","status":5}""",
        """{"asset_id":"asset_1","width":"wide"}""",
        """{"asset_id":"asset_1","created_at":{"iso":"2019"}}""",
        """["asset_1"]""",
        "null",
        "\"just a string\"",
        "<html>oops</html>",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task RetrieveAsync_Malformed2xxBody_ThrowsFloraExceptionWithBodyAndDoesNotRetry(string body)
    {
        var api = new StubApi().OnAny(Reply.Json(body));
        using var client = api.Client(o => o.MaxRetries = 3);

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal(body, ex.ResponseBody);
        Assert.Contains("assets.retrieve", ex.Message);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_Empty2xxBody_ThrowsFloraExceptionNotJsonException()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.OK));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal(string.Empty, ex.ResponseBody);
        Assert.IsNotType<System.Text.Json.JsonException>(ex);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task CreateAsync_TruncatedJson_ThrowsFloraExceptionWithInnerJsonException()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"asset_id":"asset_1","upload":{"url":"https://u"""));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() =>
            client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" }));

        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
        Assert.Equal(1, api.Count);
    }

    [Theory]
    [InlineData("""{"assets":{"asset_id":"a"}}""")]
    [InlineData("""{"assets":[{"asset_id":"a"}],"meta":{"next_cursor":42}}""")]
    [InlineData("""{"assets":[null],"meta":null""")]
    public async Task ListAsync_MalformedPage_ThrowsFloraExceptionAndDoesNotRetry(string body)
    {
        var api = new StubApi().OnAny(Reply.Json(body));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(async () =>
        {
            await foreach (var _ in client.Assets.ListAsync())
            {
            }
        });

        Assert.Equal(body, ex.ResponseBody);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task RetrieveAsync_LargeValidBody_IsReadCompletely()
    {
        var description = new string('d', 100_000);
        var api = new StubApi().OnAny(Reply.Json($$"""{"asset_id":"asset_1","description":"{{description}}"}"""));
        using var client = api.Client();

        var asset = await client.Assets.RetrieveAsync("asset_1");

        Assert.Equal(description, asset.Description);
    }
}

using System.Net;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Serialization;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Assets;

/// <summary>
/// Every asset endpoint, called typed and through <see cref="IAssetService.WithRawResponse"/> against the same server:
/// both ways give the same answer on success, after a lost answer, and on an error, because the typed call is the raw one.
/// </summary>
public class RawAndTypedTests
{
    private const string Id = "asset_abc123";

    public static TheoryData<string> Endpoints => ["create", "complete", "retry", "retrieve", "list", "createFromBytes"];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task BothWays_Success_SameValue(string endpoint)
    {
        var (typed, raw) = await RunBothAsync(endpoint, lost: false, failWith: null);

        Assert.Null(typed.Error);
        Assert.Equal(typed.Value, raw.Value);
        Assert.Equal(1, typed.Requests);
        Assert.Equal(1, raw.Requests);
    }

    [Theory]
    [InlineData("create", typeof(FloraConflictException))]
    [InlineData("complete", null)]
    [InlineData("retry", typeof(FloraConflictException))]
    [InlineData("retrieve", null)]
    [InlineData("list", null)]
    public async Task BothWays_FirstAnswerLost_SameOutcome(string endpoint, Type? expectedError)
    {
        var (typed, raw) = await RunBothAsync(endpoint, lost: true, failWith: null);

        Assert.Equal(expectedError, typed.Error?.GetType());
        Assert.Equal(expectedError, raw.Error?.GetType());
        Assert.Equal(typed.Value, raw.Value);
        Assert.Equal(typed.Requests, raw.Requests);
        if (expectedError is null)
        {
            Assert.NotNull(typed.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task BothWays_NotFound_SameException(string endpoint)
    {
        var (typed, raw) = await RunBothAsync(endpoint, lost: false, failWith: HttpStatusCode.NotFound);

        var typedError = Assert.IsType<FloraNotFoundException>(typed.Error);
        var rawError = Assert.IsType<FloraNotFoundException>(raw.Error);
        Assert.Equal(typedError.Message, rawError.Message);
        Assert.Equal(typedError.ErrorCode, rawError.ErrorCode);
    }

    [Fact]
    public async Task CreateFromBytesAsync_Raw_CarriesTheCreatesStatusAndHeaders()
    {
        var api = new StubApi().On(HttpMethod.Post, "assets", Reply.Fixture(Fixtures.Create, HttpStatusCode.Created, ("request-id", "req_direct1")));
        using var client = api.Client();

        var created = await client.Assets.WithRawResponse.CreateFromBytesAsync(new MemoryStream([1, 2, 3]), UploadParams());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("req_direct1", created.RequestId);
        Assert.False(string.IsNullOrEmpty(created.Value.AssetId));
        Assert.StartsWith("multipart/form-data", api.Single().ContentHeaders["Content-Type"]);
    }

    private static async Task<(Outcome Typed, Outcome Raw)> RunBothAsync(string endpoint, bool lost, HttpStatusCode? failWith) =>
        (await RunAsync(endpoint, lost, failWith, useRaw: false), await RunAsync(endpoint, lost, failWith, useRaw: true));

    private static async Task<Outcome> RunAsync(string endpoint, bool lost, HttpStatusCode? failWith, bool useRaw)
    {
        var clock = new TestClock();
        var api = new StubApi();
        var (method, url, fixture) = endpoint switch
        {
            "create" or "createFromBytes" => (HttpMethod.Post, "assets", Fixtures.Create),
            "complete" => (HttpMethod.Post, $"assets/{Id}/complete", Fixtures.Complete),
            "retry" => (HttpMethod.Post, $"assets/{Id}/retry", Fixtures.Retry),
            "retrieve" => (HttpMethod.Get, $"assets/{Id}", Fixtures.Retrieve),
            _ => (HttpMethod.Get, "assets", Fixtures.List),
        };
        var answer = failWith is { } status ? Reply.Error(status, "not_found", "No such asset.") : Reply.Fixture(fixture);
        var afterLoss = method == HttpMethod.Post ? Reply.Error(HttpStatusCode.Conflict, "idempotency_duplicate", "Key already used.") : answer;
        api.On(method, url, lost ? [Reply.Throw(new HttpRequestException("connection reset")), afterLoss] : [answer]);
        if (endpoint == "complete")
        {
            // A completed asset reads ready: the lost complete is recovered from its state, both ways.
            api.On(HttpMethod.Get, $"assets/{Id}", Reply.Json($$"""{"asset_id":"{{Id}}","status":"ready","url":"https://cdn.test/a.png"}"""));
        }

        using var client = api.Client(clock);
        try
        {
            var value = await clock.RunAsync(useRaw ? CallRawAsync(client.Assets.WithRawResponse, endpoint) : CallTypedAsync(client.Assets, endpoint));
            return new Outcome(value, null, api.Count);
        }
        catch (FloraException ex)
        {
            return new Outcome(null, ex, api.Count);
        }
    }

    private static async Task<string> CallTypedAsync(IAssetService assets, string endpoint) => endpoint switch
    {
        "create" => Json(await assets.CreateAsync(CreateParams())),
        "createFromBytes" => Json(await assets.CreateFromBytesAsync(new MemoryStream([1, 2, 3]), UploadParams())),
        "complete" => Json(await assets.CompleteAsync(Id)),
        "retry" => Json(await assets.RetryAsync(Id)),
        "retrieve" => Json(await assets.RetrieveAsync(Id)),
        _ => await FirstPageAsync(assets),
    };

    private static async Task<string> CallRawAsync(IAssetServiceWithRawResponse assets, string endpoint) => endpoint switch
    {
        "create" => Json((await assets.CreateAsync(CreateParams())).Value),
        "createFromBytes" => Json((await assets.CreateFromBytesAsync(new MemoryStream([1, 2, 3]), UploadParams())).Value),
        "complete" => Json((await assets.CompleteAsync(Id)).Value),
        "retry" => Json((await assets.RetryAsync(Id)).Value),
        "retrieve" => Json((await assets.RetrieveAsync(Id)).Value),
        _ => JsonItems((await assets.ListPageAsync()).Value.Items),
    };

    private static async Task<string> FirstPageAsync(IAssetService assets)
    {
        await foreach (var page in assets.ListAsync().AsPages())
        {
            return JsonItems(page.Items);
        }

        throw new InvalidOperationException("no page");
    }

    private static string JsonItems(IReadOnlyList<AssetListResponse> items) => string.Join(",", items.Select(Json));

    private static AssetUploadParams UploadParams() => new() { WorkspaceId = "ws_abc123", FileName = "a.png", ContentType = "image/png" };

    private static AssetCreateParams CreateParams() => new() { Source = AssetSource.SignedUrl, WorkspaceId = "ws_abc123" };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)FloraJsonContext.Default.GetTypeInfo(typeof(T))!);

    private sealed record Outcome(string? Value, FloraException? Error, int Requests);
}

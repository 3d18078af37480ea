using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Validation;

/// <summary>Every documented input rule is enforced before anything is sent, with a message that says what to do.</summary>
public class InputValidationTests
{
    private static readonly Dictionary<string, Func<StubApi, Task>> s_cases = new()
    {
        // Asset ids
        ["retrieve id null"] = api => Use(api, c => c.Assets.RetrieveAsync(null!)),
        ["retrieve id empty"] = api => Use(api, c => c.Assets.RetrieveAsync("")),
        ["retrieve id blank"] = api => Use(api, c => c.Assets.RetrieveAsync("   ")),
        ["retrieve id tab"] = api => Use(api, c => c.Assets.RetrieveAsync("\t")),
        ["retrieve id dot"] = api => Use(api, c => c.Assets.RetrieveAsync(".")),
        ["retrieve id dotdot"] = api => Use(api, c => c.Assets.RetrieveAsync("..")),
        ["retrieve id inner space"] = api => Use(api, c => c.Assets.RetrieveAsync("asset 1")),
        ["retrieve id trailing newline"] = api => Use(api, c => c.Assets.RetrieveAsync("asset_1\n")),
        ["complete id empty"] = api => Use(api, c => c.Assets.CompleteAsync("")),
        ["complete id dotdot"] = api => Use(api, c => c.Assets.CompleteAsync("..")),
        ["retry id null"] = api => Use(api, c => c.Assets.RetryAsync(null!)),
        ["retry id dot"] = api => Use(api, c => c.Assets.RetryAsync(".")),
        ["raw retrieve id blank"] = api => Use(api, c => c.Assets.WithRawResponse.RetrieveAsync(" ")),
        ["wait id empty"] = api => Use(api, c => c.Assets.WaitForReadyAsync("")),

        // Sources
        ["source null"] = api => Create(api, null!, "ws_1"),
        ["source empty"] = api => Create(api, "", "ws_1"),
        ["source blank"] = api => Create(api, "  ", "ws_1"),
        ["source upload"] = api => Create(api, "upload", "ws_1"),
        ["source file"] = api => Create(api, "file", "ws_1"),
        ["source local"] = api => Create(api, "local", "ws_1"),
        ["source Upload uppercase"] = api => Create(api, "UPLOAD", "ws_1"),
        ["source data url"] = api => Create(api, "data:image/png;base64,iVBORw0KGgo=", "ws_1"),
        ["source unix path"] = api => Create(api, "/tmp/a.png", "ws_1"),
        ["source windows path"] = api => Create(api, @"C:\a.png", "ws_1"),
        ["source file url"] = api => Create(api, "file:///tmp/a.png", "ws_1"),
        ["source http url"] = api => Create(api, "http://x.test/a.png", "ws_1"),
        ["source ftp url"] = api => Create(api, "ftp://x.test/a.png", "ws_1"),
        ["source relative"] = api => Create(api, "images/a.png", "ws_1"),
        ["source dot relative"] = api => Create(api, "./a.png", "ws_1"),
        ["source home relative"] = api => Create(api, "~/a.png", "ws_1"),
        ["source padded https"] = api => Create(api, " https://x.test/a.png", "ws_1"),
        ["source signed_url underscore"] = api => Create(api, "signed_url", "ws_1"),

        // Workspace ids
        ["workspace null"] = api => Create(api, AssetSource.SignedUrl, null!),
        ["workspace empty"] = api => Create(api, AssetSource.SignedUrl, ""),
        ["workspace no prefix"] = api => Create(api, AssetSource.SignedUrl, "abc123"),
        ["workspace uppercase prefix"] = api => Create(api, AssetSource.SignedUrl, "WS_abc123"),
        ["workspace prefix only"] = api => Create(api, AssetSource.SignedUrl, "ws_"),
        ["workspace with space"] = api => Create(api, AssetSource.SignedUrl, "ws_a b"),
        ["create file name blank"] = api => Use(api, c => c.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1", FileName = " " })),
        ["create folder empty"] = api => Use(api, c => c.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1", Folder = "" })),
        ["create params null"] = api => Use(api, c => c.Assets.CreateAsync(null!)),

        // List filters (thrown by ListAsync itself, before enumeration)
        ["list limit 0"] = api => List(api, new AssetListParams { Limit = 0 }),
        ["list limit 101"] = api => List(api, new AssetListParams { Limit = 101 }),
        ["list limit negative"] = api => List(api, new AssetListParams { Limit = -5 }),
        ["list workspace no prefix"] = api => List(api, new AssetListParams { WorkspaceId = "123" }),
        ["list project no prefix"] = api => List(api, new AssetListParams { ProjectId = "abc" }),
        ["list project prefix only"] = api => List(api, new AssetListParams { ProjectId = "prj_" }),
        ["list cursor empty"] = api => List(api, new AssetListParams { Cursor = "" }),
        ["raw list limit 101"] = api => Use(api, c => c.Assets.WithRawResponse.ListPageAsync(new AssetListParams { Limit = 101 })),

        // Projects
        ["attach project no prefix"] = api => Use(api, c => c.Projects.AttachAssetAsync("abc", "asset_1")),
        ["attach project null"] = api => Use(api, c => c.Projects.AttachAssetAsync(null!, "asset_1")),
        ["attach asset dotdot"] = api => Use(api, c => c.Projects.AttachAssetAsync("prj_1", "..")),

        // Request options
        ["options negative max retries"] = api => Use(api, c => c.Assets.RetrieveAsync("asset_1", new RequestOptions { MaxRetries = -1 })),
        ["options zero timeout"] = api => Use(api, c => c.Assets.RetrieveAsync("asset_1", new RequestOptions { Timeout = TimeSpan.Zero })),
        ["options negative timeout"] = api => Use(api, c => c.Assets.RetrieveAsync("asset_1", new RequestOptions { Timeout = TimeSpan.FromSeconds(-3) })),
        ["options authorization header"] = api => Use(api, c => c.Assets.RetrieveAsync("asset_1", WithHeader("Authorization", "Bearer other"))),
        ["options authorization header lowercase"] = api => Use(api, c => c.Assets.CompleteAsync("asset_1", WithHeader("authorization", "Bearer other"))),
        ["options header value newline"] = api => Use(api, c => c.Assets.RetrieveAsync("asset_1", WithHeader("X-Note", "a\r\nInjected: 1"))),
        ["options blank idempotency key"] = api => Use(api, c => c.Assets.CompleteAsync("asset_1", new RequestOptions { IdempotencyKey = " " })),
        ["options idempotency key with space"] = api => Use(api, c => c.Assets.CompleteAsync("asset_1", new RequestOptions { IdempotencyKey = "a b" })),
        ["list options negative max retries"] = api => Use(api, c =>
        {
            c.Assets.ListAsync(options: new RequestOptions { MaxRetries = -2 });
            return Task.CompletedTask;
        }),

        // Upload inputs
        ["upload workspace no prefix"] = api => Use(api, c => c.Assets.UploadAsync(new MemoryStream([1]), new AssetUploadParams { WorkspaceId = "abc", FileName = "a.png" })),
        ["upload file name blank"] = api => Use(api, c => c.Assets.UploadAsync(new MemoryStream([1]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = " " })),
        ["upload content type blank"] = api => Use(api, c => c.Assets.UploadAsync(new MemoryStream([1]), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", ContentType = "" })),
        ["upload unreadable stream"] = api => Use(api, c => c.Assets.UploadAsync(new UnreadableStream(), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png" })),
        ["upload null stream"] = api => Use(api, c => c.Assets.UploadAsync(null!, new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png" })),
        ["wait zero timeout"] = api => Use(api, c => c.Assets.WaitForReadyAsync("asset_1", TimeSpan.Zero)),

        // Client options
        ["client http remote base url"] = api => Build(api, o => o.BaseUrl = new Uri("http://api.flora.test/api/v1")),
        ["client relative base url"] = api => Build(api, o => o.BaseUrl = new Uri("api/v1", UriKind.Relative)),
        ["client ftp base url"] = api => Build(api, o => o.BaseUrl = new Uri("ftp://api.flora.test/api/v1")),
        ["client null base url"] = api => Build(api, o => o.BaseUrl = null!),
        ["client negative max retries"] = api => Build(api, o => o.MaxRetries = -1),
        ["client zero timeout"] = api => Build(api, o => o.Timeout = TimeSpan.Zero),
        ["client negative timeout"] = api => Build(api, o => o.Timeout = TimeSpan.FromSeconds(-1)),
        ["client key with newline"] = api => Build(api, o => o.ApiKey = "sk_live_abc\n"),
        ["client key with inner space"] = api => Build(api, o => o.ApiKey = "sk_live abc"),
    };

    public static TheoryData<string> CaseNames => [.. s_cases.Keys];

    public static TheoryData<string, string> Guidance => new()
    {
        { "source empty", "AssetSource.SignedUrl" },
        { "source blank", "UploadAsync" },
        { "source upload", "AssetSource.SignedUrl" },
        { "source file", "UploadAsync" },
        { "source local", "AssetSource.SignedUrl" },
        { "source data url", "UploadAsync" },
        { "source unix path", "AssetSource.SignedUrl" },
        { "source windows path", "UploadAsync" },
        { "source file url", "AssetSource.SignedUrl" },
        { "source http url", "https://" },
        { "source http url", "AssetSource.SignedUrl" },
        { "source ftp url", "AssetSource.SignedUrl" },
        { "source relative", "AssetSource.SignedUrl" },
        { "source null", "AssetSource.SignedUrl" },
        { "workspace no prefix", "ws_" },
        { "workspace null", "ws_" },
        { "list project no prefix", "prj_" },
        { "list limit 0", "between 1 and 100" },
        { "list limit 101", "between 1 and 100" },
        { "retrieve id dotdot", "asset_abc123" },
        { "options authorization header", "FloraClientOptions.ApiKey" },
        { "options negative max retries", "0 to disable" },
        { "client http remote base url", "https" },
    };

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Call_BadInput_ThrowsArgumentExceptionAndSendsNothing(string caseName)
    {
        var api = new StubApi();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => s_cases[caseName](api));

        Assert.Equal(0, api.Count);
        Assert.False(string.IsNullOrWhiteSpace(ex.ParamName), "the exception names the bad parameter");
    }

    [Theory]
    [MemberData(nameof(Guidance))]
    public async Task Call_BadInput_MessageTellsWhatToDo(string caseName, string expected)
    {
        var api = new StubApi();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => s_cases[caseName](api));

        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void CaseTable_HasAtLeastTwentyFiveCases()
    {
        Assert.True(s_cases.Count >= 25, $"only {s_cases.Count} cases");
    }

    [Fact]
    public void ListAsync_BadLimit_ThrowsAtTheCallNotAtEnumeration()
    {
        var api = new StubApi();
        using var client = api.Client();

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Assets.ListAsync(new AssetListParams { Limit = 0 }));
        Assert.Equal(0, api.Count);
    }

    [Theory]
    [InlineData("https://media.flora.ai/example.png")]
    [InlineData("https://x.test/a.png?sig=1&x=%2F")]
    [InlineData(AssetSource.SignedUrl)]
    public async Task CreateAsync_ValidSource_IsSent(string source)
    {
        var api = new StubApi().OnAny(Reply.Fixture(Fixtures.Create));
        using var client = api.Client();

        await client.Assets.CreateAsync(new AssetCreateParams { Source = source, WorkspaceId = "ws_1" });

        Assert.Equal(1, api.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task ListAsync_LimitAtBounds_IsSent(int limit)
    {
        var api = new StubApi().OnAny(Reply.Json("""{"assets":[]}"""));
        using var client = api.Client();

        await foreach (var _ in client.Assets.ListAsync(new AssetListParams { Limit = limit }))
        {
        }

        Assert.Equal($"/api/v1/assets?limit={limit}", api.Single().PathAndQuery);
    }

    private static async Task Use(StubApi api, Func<FloraClient, Task> call)
    {
        using var client = api.Client();
        await call(client);
    }

    private static Task Create(StubApi api, string source, string workspaceId) =>
        Use(api, c => c.Assets.CreateAsync(new AssetCreateParams { Source = source, WorkspaceId = workspaceId }));

    private static Task List(StubApi api, AssetListParams parameters) =>
        Use(api, c =>
        {
            c.Assets.ListAsync(parameters);
            return Task.CompletedTask;
        });

    private static Task Build(StubApi api, Action<FloraClientOptions> configure)
    {
        using var client = api.Client(configure);
        return client.Assets.RetrieveAsync("asset_1");
    }

    private static RequestOptions WithHeader(string name, string value)
    {
        var options = new RequestOptions();
        options.Headers[name] = value;
        return options;
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}

using Flora.Sdk.Models;
using Flora.Sdk.ReliabilityTests.Infrastructure;

namespace Flora.Sdk.ReliabilityTests;

/// <summary>
/// Every public method and option refuses bad input before anything is sent: an <see cref="ArgumentException"/> (or
/// subclass) whose <c>ParamName</c> names the input and whose message says what to do instead.
/// </summary>
public sealed class BadInputTests
{
    private const string Ws = "ws_abc123";

    private static readonly AssetUploadParams s_upload = new() { WorkspaceId = Ws, FileName = "a.png" };

    private static readonly string s_existingFile = CreateExistingFile();

    /// <summary>
    /// name → (call, expected ParamName, a word of the fix the message must contain). A null argument gets .NET's
    /// standard <see cref="ArgumentNullException"/> ("Value cannot be null"), whose fix is in its name.
    /// </summary>
    private static readonly Dictionary<string, (Func<FloraClient, RecordingHandler, Task> Act, string Param, string Fix)> s_cases = new()
    {
        // Client options: the client is made inside the call, over the test's handler, and called once.
        ["options: BaseUrl null"] = ((_, handler) => ConstructAndCall(handler, o => o.BaseUrl = null!), "BaseUrl", "https://app.flora.ai"),
        ["options: BaseUrl relative"] = ((_, handler) => ConstructAndCall(handler, o => o.BaseUrl = new Uri("api/v1", UriKind.Relative)), "BaseUrl", "absolute"),
        ["options: BaseUrl plain http to a remote host"] = ((_, handler) => ConstructAndCall(handler, o => o.BaseUrl = new Uri("http://api.flora.invalid/api/v1/")), "BaseUrl", "https"),
        ["options: BaseUrl plain http to a private address"] = ((_, handler) => ConstructAndCall(handler, o => o.BaseUrl = new Uri("http://10.0.0.7/api/v1/")), "BaseUrl", "loopback"),
        ["options: BaseUrl ftp"] = ((_, handler) => ConstructAndCall(handler, o => o.BaseUrl = new Uri("ftp://api.flora.invalid/")), "BaseUrl", "https"),
        ["options: MaxRetries negative"] = ((_, handler) => ConstructAndCall(handler, o => o.MaxRetries = -1), "MaxRetries", "0"),
        ["options: Timeout negative"] = ((_, handler) => ConstructAndCall(handler, o => o.Timeout = TimeSpan.FromSeconds(-1)), "Timeout", "positive"),
        ["options: Timeout zero"] = ((_, handler) => ConstructAndCall(handler, o => o.Timeout = TimeSpan.Zero), "Timeout", "InfiniteTimeSpan"),
        ["options: ApiKey with a space"] = ((_, handler) => ConstructAndCall(handler, o => o.ApiKey = "sk_live abc"), "ApiKey", "without spaces"),
        ["options: ApiKey with a line break"] = ((_, handler) => ConstructAndCall(handler, o => o.ApiKey = "sk_live_abc\r\nX-Evil: 1"), "ApiKey", "line breaks"),
        ["options: TimeProvider null"] = ((_, handler) => ConstructAndCall(handler, o => o.TimeProvider = null!), "TimeProvider", "null"),
        ["ctor: HttpClient null"] = ((_, _) => Task.FromResult(new FloraClient(null!, TestClients.Options())), "httpClient", "null"),
        ["ctor: options null"] = ((_, handler) => Task.FromResult(new FloraClient(new HttpClient(handler), null!)), "options", "null"),

        // CreateAsync
        ["create: parameters null"] = ((c, _) => c.Assets.CreateAsync(null!), "parameters", "null"),
        ["create: Source null"] = ((c, _) => Create(c, source: null!), "parameters.Source", "signed-url"),
        ["create: Source blank"] = ((c, _) => Create(c, source: "  "), "parameters.Source", "SignedUrl"),
        ["create: Source placeholder 'upload'"] = ((c, _) => Create(c, source: "upload"), "parameters.Source", "SignedUrl"),
        ["create: Source local path"] = ((c, _) => Create(c, source: "/tmp/a.png"), "parameters.Source", "UploadAsync"),
        ["create: Source Windows path"] = ((c, _) => Create(c, source: @"C:\a.png"), "parameters.Source", "UploadAsync"),
        ["create: Source file URL"] = ((c, _) => Create(c, source: "file:///tmp/a.png"), "parameters.Source", "UploadAsync"),
        ["create: Source data URL"] = ((c, _) => Create(c, source: "data:image/png;base64,iVBORw0KGgo="), "parameters.Source", "UploadAsync"),
        ["create: Source plain http"] = ((c, _) => Create(c, source: "http://media.flora.ai/a.png"), "parameters.Source", "https://"),
        ["create: Source not a URL"] = ((c, _) => Create(c, source: "just words"), "parameters.Source", "https://"),
        ["create: Source with leading space"] = ((c, _) => Create(c, source: " https://media.flora.ai/a.png"), "parameters.Source", "https://"),
        ["create: WorkspaceId null"] = ((c, _) => Create(c, workspaceId: null!), "parameters.WorkspaceId", "ws_"),
        ["create: WorkspaceId blank"] = ((c, _) => Create(c, workspaceId: ""), "parameters.WorkspaceId", "ws_"),
        ["create: WorkspaceId without ws_"] = ((c, _) => Create(c, workspaceId: "workspace_1"), "parameters.WorkspaceId", "ws_"),
        ["create: WorkspaceId only the prefix"] = ((c, _) => Create(c, workspaceId: "ws_"), "parameters.WorkspaceId", "ws_abc123"),
        ["create: WorkspaceId with whitespace"] = ((c, _) => Create(c, workspaceId: "ws_a b"), "parameters.WorkspaceId", "exactly as the API returned"),
        ["create: ContentType blank"] = ((c, _) => c.Assets.CreateAsync(new() { Source = AssetSource.SignedUrl, WorkspaceId = Ws, ContentType = " " }), "parameters.ContentType", "null"),
        ["create: FileName empty"] = ((c, _) => c.Assets.CreateAsync(new() { Source = AssetSource.SignedUrl, WorkspaceId = Ws, FileName = "" }), "parameters.FileName", "null"),
        ["create: Folder blank"] = ((c, _) => c.Assets.CreateAsync(new() { Source = AssetSource.SignedUrl, WorkspaceId = Ws, Folder = "\t" }), "parameters.Folder", "null"),

        // Asset ids
        ["complete: id null"] = ((c, _) => c.Assets.CompleteAsync(null!), "assetId", "asset_abc123"),
        ["complete: id empty"] = ((c, _) => c.Assets.CompleteAsync(""), "assetId", "asset_abc123"),
        ["retry: id '..'"] = ((c, _) => c.Assets.RetryAsync(".."), "assetId", "the id the API returned"),
        ["retry: id '.'"] = ((c, _) => c.Assets.RetryAsync("."), "assetId", "the id the API returned"),
        ["retrieve: id with leading space"] = ((c, _) => c.Assets.RetrieveAsync(" asset_1"), "assetId", "exactly as the API returned"),
        ["retrieve: id with a line break"] = ((c, _) => c.Assets.RetrieveAsync("asset_1\r\nX-Evil: 1"), "assetId", "exactly as the API returned"),
        ["raw retrieve: id blank"] = ((c, _) => c.Assets.WithRawResponse.RetrieveAsync("   "), "assetId", "asset_abc123"),

        // ListAsync / ListPageAsync
        ["list: Limit 0"] = ((c, _) => FirstPage(c, new() { Limit = 0 }), "parameters.Limit", "between 1 and 100"),
        ["list: Limit 101"] = ((c, _) => FirstPage(c, new() { Limit = 101 }), "parameters.Limit", "between 1 and 100"),
        ["list: WorkspaceId without ws_"] = ((c, _) => FirstPage(c, new() { WorkspaceId = "abc" }), "parameters.WorkspaceId", "ws_"),
        ["list: ProjectId without prj_"] = ((c, _) => FirstPage(c, new() { ProjectId = "p1" }), "parameters.ProjectId", "prj_"),
        ["list: Cursor empty"] = ((c, _) => FirstPage(c, new() { Cursor = "" }), "parameters.Cursor", "null"),
        ["raw list page: Limit negative"] = ((c, _) => c.Assets.WithRawResponse.ListPageAsync(new() { Limit = -5 }), "parameters.Limit", "between 1 and 100"),
        ["list AsPages: cursor empty"] = ((c, _) => AsPagesFirst(c, ""), "cursor", "null"),

        // RequestOptions
        ["options.MaxRetries negative"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", new RequestOptions { MaxRetries = -3 }), "options.MaxRetries", "0"),
        ["options.Timeout negative"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", new RequestOptions { Timeout = TimeSpan.FromSeconds(-2) }), "options.Timeout", "positive"),
        ["options.Timeout zero"] = ((c, _) => c.Assets.CompleteAsync("asset_1", new RequestOptions { Timeout = TimeSpan.Zero }), "options.Timeout", "positive"),
        ["options.IdempotencyKey empty"] = ((c, _) => Create(c, options: new() { IdempotencyKey = "" }), "options.IdempotencyKey", "GUID"),
        ["options.IdempotencyKey with a space"] = ((c, _) => Create(c, options: new() { IdempotencyKey = "a b" }), "options.IdempotencyKey", "GUID"),
        ["options.IdempotencyKey too long"] = ((c, _) => Create(c, options: new() { IdempotencyKey = new string('k', 256) }), "options.IdempotencyKey", "255"),
        ["options.IdempotencyKey non-ASCII"] = ((c, _) => Create(c, options: new() { IdempotencyKey = "clé-1" }), "options.IdempotencyKey", "ASCII"),
        ["options.IdempotencyKey with CR/LF"] = ((c, _) => Create(c, options: new() { IdempotencyKey = "k\r\nX-Evil: 1" }), "options.IdempotencyKey", "GUID"),
        ["options.Headers Authorization"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader("Authorization", "Bearer other")), "options.Headers", "FloraClientOptions.ApiKey"),
        ["options.Headers authorization (lower case)"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader("authorization", "Bearer other")), "options.Headers", "FloraClientOptions.ApiKey"),
        ["options.Headers value with CR/LF"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader("X-Trace", "a\r\nX-Evil: 1")), "options.Headers", "line breaks"),
        ["options.Headers value with LF"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader("X-Trace", "a\nb")), "options.Headers", "line breaks"),
        ["options.Headers name blank"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader(" ", "v")), "options.Headers", "blank"),
        ["options.Headers name with a colon and space"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader("X-Evil: 1", "v")), "options.Headers", "token"),
        ["options.Headers name with CR/LF"] = ((c, _) => c.Assets.RetrieveAsync("asset_1", WithHeader("X-A\r\nX-Evil", "v")), "options.Headers", "token"),
        ["options on list: Authorization"] = ((c, _) => FirstPage(c, null, WithHeader("Authorization", "x")), "options.Headers", "FloraClientOptions.ApiKey"),

        // UploadAsync
        ["upload: content null"] = ((c, _) => c.Assets.UploadAsync(null!, s_upload), "content", "null"),
        ["upload: parameters null"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), null!), "parameters", "null"),
        ["upload: unreadable stream"] = ((c, _) => c.Assets.UploadAsync(new UnreadableStream(), s_upload), "content", "readable stream"),
        ["upload: FileName empty"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { FileName = "" }), "parameters.FileName", "product.png"),
        ["upload: FileName blank"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { FileName = "   " }), "parameters.FileName", "product.png"),
        ["upload: FileName with CR/LF"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { FileName = "a.png\r\nContent-Type: text/html" }), "parameters.FileName", "line breaks"),
        ["upload: WorkspaceId without ws_"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { WorkspaceId = "1234" }), "parameters.WorkspaceId", "ws_"),
        ["upload: ContentType blank"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { ContentType = " " }), "parameters.ContentType", "null"),
        ["upload: ContentType not a media type"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { ContentType = "png please" }), "parameters.ContentType", "image/png"),
        ["upload: Folder blank"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload with { Folder = " " }), "parameters.Folder", "null"),
        ["upload: options with Authorization"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload, WithHeader("Authorization", "x")), "options.Headers", "FloraClientOptions.ApiKey"),
        ["upload: options MaxRetries negative"] = ((c, _) => c.Assets.UploadAsync(new MemoryStream([1]), s_upload, new RequestOptions { MaxRetries = -1 }), "options.MaxRetries", "0"),

        // UploadFileAsync
        ["upload file: path null"] = ((c, _) => c.Assets.UploadFileAsync(null!, new() { WorkspaceId = Ws }), "path", "null"),
        ["upload file: path blank"] = ((c, _) => c.Assets.UploadFileAsync("  ", new() { WorkspaceId = Ws }), "path", "path of the file"),
        ["upload file: parameters null"] = ((c, _) => c.Assets.UploadFileAsync(s_existingFile, null!), "parameters", "null"),
        ["upload file: WorkspaceId without ws_"] = ((c, _) => c.Assets.UploadFileAsync(s_existingFile, new() { WorkspaceId = "nope" }), "parameters.WorkspaceId", "ws_"),

        // WaitForReadyAsync
        ["wait: timeout negative"] = ((c, _) => c.Assets.WaitForReadyAsync("asset_1", TimeSpan.FromSeconds(-1)), "timeout", "positive"),
        ["wait: timeout zero"] = ((c, _) => c.Assets.WaitForReadyAsync("asset_1", TimeSpan.Zero), "timeout", "InfiniteTimeSpan"),
        ["wait: id null"] = ((c, _) => c.Assets.WaitForReadyAsync(null!), "assetId", "asset_abc123"),
        ["wait: options with CR/LF header"] = ((c, _) => c.Assets.WaitForReadyAsync("asset_1", timeout: null, WithHeader("X", "\r\n")), "options.Headers", "line breaks"),

        // Projects
        ["attach: projectId without prj_"] = ((c, _) => c.Projects.AttachAssetAsync("p_1", "asset_1"), "projectId", "prj_"),
        ["attach: projectId null"] = ((c, _) => c.Projects.AttachAssetAsync(null!, "asset_1"), "projectId", "prj_abc123"),
        ["attach: assetId '..'"] = ((c, _) => c.Projects.AttachAssetAsync("prj_1", ".."), "assetId", "asset_abc123"),
    };

    public static TheoryData<string> Cases() => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_ThrowsArgumentExceptionNamingParameterAndFix_SendsNothing(string name)
    {
        var (act, param, fix) = s_cases[name];
        var handler = new RecordingHandler();
        using var client = TestClients.Over(handler);

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => act(client, handler));

        Assert.Equal(param, ex.ParamName);
        Assert.Contains(fix, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UploadFileAsync_MissingFile_ThrowsFileNotFoundNamingThePath_SendsNothing()
    {
        var handler = new RecordingHandler();
        using var client = TestClients.Over(handler);
        var path = Path.Combine(Path.GetTempPath(), "flora-reliability-missing-" + Guid.NewGuid().ToString("N") + ".png");

        // A missing file is an I/O condition, not a bad argument: .NET's convention (File.OpenRead) is FileNotFoundException.
        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => client.Assets.UploadFileAsync(path, new() { WorkspaceId = Ws }));

        Assert.Equal(path, ex.FileName);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void Options_MissingApiKey_ThrowsFloraExceptionNamingTheVariable()
    {
        var ex = Assert.Throws<FloraException>(() => new FloraClient(new HttpClient(new RecordingHandler()), TestClients.Options(configure: o => o.ApiKey = null)));
        Assert.Contains("FLORA_API_KEY", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Builds a client over <paramref name="handler"/> and calls it once: options the client failed to refuse would send a request.</summary>
    private static async Task ConstructAndCall(RecordingHandler handler, Action<FloraClientOptions> configure)
    {
        using var client = new FloraClient(new HttpClient(handler), TestClients.Options(configure: configure));
        await client.Assets.RetrieveAsync("asset_1");
    }

    private static Task Create(FloraClient client, string source = AssetSource.SignedUrl, string workspaceId = Ws, RequestOptions? options = null) =>
        client.Assets.CreateAsync(new AssetCreateParams { Source = source, WorkspaceId = workspaceId }, options);

    private static async Task FirstPage(FloraClient client, AssetListParams? parameters, RequestOptions? options = null)
    {
        await foreach (var unused in client.Assets.ListAsync(parameters, options))
        {
            break;
        }
    }

    private static async Task AsPagesFirst(FloraClient client, string cursor)
    {
        await foreach (var unused in client.Assets.ListAsync().AsPages(cursor))
        {
            break;
        }
    }

    private static RequestOptions WithHeader(string name, string value)
    {
        var options = new RequestOptions();
        options.Headers[name] = value;
        return options;
    }

    private static string CreateExistingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "flora-reliability-existing.png");
        File.WriteAllBytes(path, [1, 2, 3]);
        return path;
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}

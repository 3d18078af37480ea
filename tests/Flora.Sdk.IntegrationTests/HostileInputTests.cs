using System.Diagnostics;
using System.Text;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Not run beside other tests: they check that no stored part file is left behind and measure the heap.</summary>
[CollectionDefinition(nameof(HostileInputTests), DisableParallelization = true)]
public sealed class HostileInputCollection;

/// <summary>
/// Hostile bodies sent to the emulator over a bare socket: each gets a clear 4xx in FLORA's error envelope, and the
/// emulator keeps serving, creates nothing, leaves no stored part file behind and holds a bounded amount of memory.
/// </summary>
[Collection(nameof(HostileInputTests))]
public sealed class HostileInputTests : IAsyncLifetime
{
    private const string Boundary = "hostile-boundary";
    private FloraEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { StoreUploads = true, RequestBodyTimeout = TimeSpan.FromSeconds(2) });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Create_TruncatedMultipartBody_Answers400()
    {
        var whole = Form(Field("workspace_id", "ws_a"), FilePart("file", "a.png", new byte[5000]));
        var truncated = whole[..^(Boundary.Length + 8)];

        var response = await PostCreateAsync(truncated);

        await AssertRefusedAsync(response, 400, "input_validation_error", "closing boundary");
    }

    [Fact]
    public async Task Create_PartWithNoName_Answers400()
    {
        var body = Form(Field("workspace_id", "ws_a"), Part("Content-Disposition: form-data", "x"u8.ToArray()), FilePart("file", "a.png", [1, 2, 3]));

        var response = await PostCreateAsync(body);

        await AssertRefusedAsync(response, 400, "input_validation_error", "has no name");
    }

    [Fact]
    public async Task Create_TenThousandParts_Answers400()
    {
        var parts = Enumerable.Range(0, 10_000).Select(i => Field("f" + i, "v")).Append(Field("workspace_id", "ws_a")).Append(FilePart("file", "a.png", [1]));
        var body = Form([.. parts]);

        var response = await PostCreateAsync(body);

        await AssertRefusedAsync(response, 400, "input_validation_error", "more than 64 parts");
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=" + Boundary)]
    [InlineData("application/json")]
    public async Task Create_FiveGigabyteDeclaredLength_Answers413WithoutReadingIt(string contentType)
    {
        var head = $"POST /api/v1/assets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {_emulator.ApiKey}\r\nContent-Type: {contentType}\r\nContent-Length: {5L * 1024 * 1024 * 1024}";
        var started = Stopwatch.StartNew();

        // Sixteen 64 KiB chunks at most (the rest of the 5 GB never comes): the answer must not wait for it.
        var response = await RawHttp.SendAsync(_emulator.ServerUrl, head, Enumerable.Repeat(new byte[64 * 1024], 16), TimeSpan.FromMilliseconds(50));

        await AssertRefusedAsync(response, 413, "input_validation_error", "bytes");
        // Waiting for the body would end in the 2 s body timeout's 408 instead; this bound only catches a hang.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"413 took {started.Elapsed}.");
    }

    [Fact]
    public async Task Create_SlowDripBody_Answers408AfterTheBodyTimeout()
    {
        var body = Form(Field("workspace_id", "ws_a"), FilePart("file", "a.png", new byte[2000]));
        var started = Stopwatch.StartNew();

        // 10 bytes every 250 ms is 40 bytes/s, far under the 240 bytes/s a body must keep up after the 2 s grace.
        var response = await RawHttp.SendAsync(_emulator.ServerUrl, CreateHead(body.Length), RawHttp.Body(body, 10), TimeSpan.FromMilliseconds(250));

        await AssertRefusedAsync(response, 408, "input_validation_error", "stalled");
        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Create_InvalidUtf8InAField_Answers400NamingTheField()
    {
        var body = Form(Field("workspace_id", "ws_a"), Part("Content-Disposition: form-data; name=\"file_name\"", [0x61, 0xC3, 0x28, 0xFF, 0x2E, 0x70, 0x6E, 0x67]), FilePart("file", "a.png", [1, 2, 3]));

        var response = await PostCreateAsync(body);

        await AssertRefusedAsync(response, 400, "input_validation_error", "'file_name' is not valid UTF-8");
    }

    [Fact]
    public async Task Create_InvalidUtf8InJson_Answers400InvalidJson()
    {
        byte[] body = [.. "{\"source\":\"signed-url\",\"workspace_id\":\"ws_a\",\"file_name\":\"a"u8, 0xC3, 0x28, .. ".png\"}"u8];

        var response = await RawHttp.SendAsync(_emulator.ServerUrl, CreateHead(body.Length, "application/json"), [body]);

        await AssertRefusedAsync(response, 400, "invalid_json", "not valid UTF-8");
    }

    [Fact]
    public async Task CreateAndUpload_DuplicateFileParts_Answer400()
    {
        var body = Form(Field("workspace_id", "ws_a"), FilePart("file", "a.png", [1, 2, 3]), FilePart("file", "b.png", [4, 5, 6]));

        var response = await PostCreateAsync(body);

        await AssertRefusedAsync(response, 400, "input_validation_error", "more than one 'file' part");
    }

    [Fact]
    public async Task Create_JsonBody100LevelsDeep_Answers400InvalidJson()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var body = Encoding.UTF8.GetBytes($"{{\"source\":\"signed-url\",\"workspace_id\":\"ws_a\",\"extra\":{deep}}}");

        var response = await RawHttp.SendAsync(_emulator.ServerUrl, CreateHead(body.Length, "application/json"), [body]);

        await AssertRefusedAsync(response, 400, "invalid_json", "nest at most");
    }

    [Fact]
    public async Task HostileBodies_SentRepeatedly_HeapStaysBounded()
    {
        var many = Form([.. Enumerable.Range(0, 10_000).Select(i => Field("f" + i, new string('v', 100)))]);
        var duplicate = Form(Field("workspace_id", "ws_a"), FilePart("file", "a.png", new byte[500_000]), FilePart("file", "b.png", new byte[500_000]));
        var tooLarge = Form(Field("workspace_id", "ws_a"), FilePart("file", "a.png", new byte[(4 * 1024 * 1024) + 1]));
        async Task SendAllAsync()
        {
            Assert.Equal(400, (await PostCreateAsync(many)).StatusCode);
            Assert.Equal(400, (await PostCreateAsync(duplicate)).StatusCode);
            Assert.Equal(413, (await PostCreateAsync(tooLarge)).StatusCode);
        }

        await SendAllAsync();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 10; i++)
        {
            await SendAllAsync();
        }

        var growth = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.True(growth < 8 * 1024 * 1024, $"The heap grew by {growth:N0} bytes over 30 hostile requests (about 60 MB sent).");
        await AssertStillServingAsync();
    }

    private Task<RawResponse> PostCreateAsync(byte[] body) =>
        RawHttp.SendAsync(_emulator.ServerUrl, CreateHead(body.Length), RawHttp.Body(body));

    private string CreateHead(long length, string contentType = "multipart/form-data; boundary=" + Boundary) =>
        $"POST /api/v1/assets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {_emulator.ApiKey}\r\nContent-Type: {contentType}\r\nContent-Length: {length}";

    private async Task AssertRefusedAsync(RawResponse response, int status, string code, string messagePart)
    {
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {response.Body}");
        var (actualCode, message) = response.Error();
        Assert.Equal(code, actualCode);
        Assert.Contains(messagePart, message, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.AssetCount);
        await AssertStillServingAsync();
    }

    /// <summary>The emulator answers a normal request and kept no part file of the refused body.</summary>
    private async Task AssertStillServingAsync()
    {
        using var api = new RawApi(_emulator);
        using var workspaces = await api.SendAsync(HttpMethod.Get, "workspaces");
        Assert.Equal(System.Net.HttpStatusCode.OK, workspaces.StatusCode);
        var parts = Directory.EnumerateDirectories(Path.GetTempPath(), "flora-emulator-*")
            .SelectMany(d => Directory.EnumerateFiles(d, "*.part"));
        Assert.Empty(parts);
    }

    private static byte[] Form(params byte[][] parts) =>
        [.. parts.SelectMany(p => p), .. Encoding.ASCII.GetBytes($"--{Boundary}--\r\n")];

    private static byte[] Field(string name, string value) =>
        Part($"Content-Disposition: form-data; name=\"{name}\"", Encoding.UTF8.GetBytes(value));

    private static byte[] FilePart(string name, string fileName, byte[] content) =>
        Part($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: image/png", content);

    private static byte[] Part(string headers, byte[] content) =>
        [.. Encoding.ASCII.GetBytes($"--{Boundary}\r\n{headers}\r\n\r\n"), .. content, .. "\r\n"u8];
}

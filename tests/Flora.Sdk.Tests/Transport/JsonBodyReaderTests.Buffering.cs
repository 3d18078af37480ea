using System.Text;
using System.Text.Json.Nodes;
using Flora.Sdk.Serialization;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The 2xx reader on its own: the 16 MiB cap (declared or not), growing its buffer, empty and null bodies, and what an unreadable body keeps.</summary>
public partial class JsonBodyReaderTests
{
    private const string Operation = "assets.retrieve";
    private static readonly Redactor s_redactor = new(TestClient.ApiKey);

    [Fact]
    public async Task ReadAsync_DeclaredOverTheCap_IsRefusedBeforeAByteIsRead()
    {
        var stream = new GeneratedStream(10, seekable: false);
        using var content = new StreamContent(stream);
        content.Headers.ContentLength = JsonBodyReader.MaxBodyBytes + 1L;

        var ex = await Assert.ThrowsAsync<FloraException>(() => Read(content).AsTask());

        Assert.Equal("FLORA API assets.retrieve returned a body larger than 16 MiB; it was not read.", ex.Message);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredOverTheCap_IsRefusedAtTheCap()
    {
        var stream = new GeneratedStream(JsonBodyReader.MaxBodyBytes + 1L, seekable: false, pattern: " "u8.ToArray());
        using var content = new StreamContent(stream);

        var ex = await Assert.ThrowsAsync<FloraException>(() => Read(content).AsTask());

        Assert.Equal("FLORA API assets.retrieve returned a body larger than 16 MiB; it was not read.", ex.Message);
        Assert.Null(ex.ResponseBody);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_BodyOfExactlyTheCap_IsRead(bool declared)
    {
        var body = new byte[JsonBodyReader.MaxBodyBytes];
        body.AsSpan().Fill((byte)' ');
        """{"ok":true}"""u8.CopyTo(body);
        using var content = new StreamContent(new NonSeekableStream(new MemoryStream(body)));
        content.Headers.ContentLength = declared ? body.Length : null;

        var read = await Read(content);

        Assert.Equal("""{"ok":true}""", read.Node!.ToJsonString());
    }

    [Fact]
    public async Task ReadAsync_UndeclaredLongBody_GrowsTheBufferAndReadsItAll()
    {
        var description = new string('d', 300_000);
        using var content = new StreamContent(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"asset_id":"a","description":"{{description}}"}"""))));
        Assert.Null(content.Headers.ContentLength);

        var asset = await JsonBodyReader.ReadAsync(content, FloraJsonContext.Default.AssetRetrieveResponse, Operation, false, s_redactor, default);

        Assert.Equal(description, asset.Description);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthShorterThanTheBody_StillReadsItAll()
    {
        using var content = new StringContent("""{"asset_id":"a","description":"longer than declared"}""");
        content.Headers.ContentLength = 5;

        var asset = await JsonBodyReader.ReadAsync(content, FloraJsonContext.Default.AssetRetrieveResponse, Operation, false, s_redactor, default);

        Assert.Equal("longer than declared", asset.Description);
    }

    [Fact]
    public async Task ReadAsync_EmptyBodyWhereEmptyIsAnObject_IsAnEmptyObject()
    {
        using var content = new ByteArrayContent([]);

        var body = await Read(content, emptyIsDefault: true);

        Assert.Equal("{}", body.Node!.ToJsonString());
        Assert.IsType<JsonObject>(body.Node);
    }

    [Fact]
    public async Task ReadAsync_NoContentWhereEmptyIsAnObject_IsAnEmptyObject()
    {
        var body = await Read(null, emptyIsDefault: true);

        Assert.IsType<JsonObject>(body.Node);
    }

    [Fact]
    public async Task ReadAsync_NoContentOtherwise_IsUnreadableWithAnEmptyBody()
    {
        var ex = await Assert.ThrowsAsync<FloraException>(() => JsonBodyReader.ReadAsync(
            null, FloraJsonContext.Default.AssetRetrieveResponse, Operation, false, s_redactor, default).AsTask());

        Assert.Equal(string.Empty, ex.ResponseBody);
        Assert.StartsWith("FLORA API assets.retrieve succeeded but its response could not be read as the documented JSON (", ex.Message);
        Assert.EndsWith("). The body is attached as ResponseBody.", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_NonEmptyBodyWhereEmptyIsAnObject_IsParsed()
    {
        using var content = new StringContent("""{"ok":true}""");

        var body = await Read(content, emptyIsDefault: true);

        Assert.Equal("""{"ok":true}""", body.Node!.ToJsonString());
    }

    [Fact]
    public async Task ReadAsync_JsonNull_IsUnreadableSayingSo()
    {
        using var content = new StringContent("null");

        var ex = await Assert.ThrowsAsync<FloraException>(() => JsonBodyReader.ReadAsync(
            content, FloraJsonContext.Default.AssetRetrieveResponse, Operation, false, s_redactor, default).AsTask());

        Assert.Equal(
            "FLORA API assets.retrieve succeeded but its response could not be read as the documented JSON (the body is JSON null). The body is attached as ResponseBody.",
            ex.Message);
        Assert.Equal("null", ex.ResponseBody);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public async Task ReadAsync_LongUnreadableBody_KeepsTheFirst64KiBRedacted()
    {
        var text = TestClient.ApiKey + new string('x', 100_000);
        using var content = new StringContent(text);

        var ex = await Assert.ThrowsAsync<FloraException>(() => Read(content).AsTask());

        var expected = ("[redacted]" + new string('x', 100_000))[..(FloraErrors.MaxBodyBytes - TestClient.ApiKey.Length + "[redacted]".Length)];
        Assert.Equal(expected, ex.ResponseBody);
    }

    private static ValueTask<AnyJsonBody> Read(HttpContent? content, bool emptyIsDefault = false) =>
        JsonBodyReader.ReadAsync(content, FloraJsonContext.Default.AnyJsonBody, Operation, emptyIsDefault, s_redactor, default);
}

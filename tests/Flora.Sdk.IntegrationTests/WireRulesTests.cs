using System.Net;
using Flora.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>The emulator's wire behaviour checked with a plain HttpClient (rules the SDK would stop before sending).</summary>
public sealed class WireRulesTests
{
    [Fact]
    public async Task AnyRequest_WithoutKey_Answers401UnauthorizedWithRequestId()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, "assets", apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", await RawApi.ErrorCodeAsync(response));
        Assert.StartsWith("req_", response.Headers.GetValues("request-id").Single(), StringComparison.Ordinal);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task AnyRequest_WrongKey_Answers401InvalidApiKey()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, "assets", apiKey: "sk_nope");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_api_key", await RawApi.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("""{"source":"upload","workspace_id":"ws_a"}""", "source")]
    [InlineData("""{"source":"http://media.flora.ai/a.png","workspace_id":"ws_a"}""", "source")]
    [InlineData("""{"source":"https://evil.example/a.png","workspace_id":"ws_a"}""", "source")]
    [InlineData("""{"source":{"url":"https://media.flora.ai/a.png"},"workspace_id":"ws_a"}""", "source")]
    [InlineData("""{"workspace_id":"ws_a"}""", "source")]
    [InlineData("""{"source":"signed-url","workspace_id":"team_a"}""", "workspace_id")]
    [InlineData("""{"source":"signed-url"}""", "workspace_id")]
    [InlineData("""{"source":"signed-url","workspace_id":"ws_a","file_name":42}""", "file_name")]
    public async Task Create_InvalidInput_Answers400WithField(string body, string field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, "assets", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await RawApi.JsonAsync(response)).GetProperty("error");
        Assert.Equal("input_validation_error", error.GetProperty("code").GetString());
        Assert.Contains(error.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == field);
        Assert.Equal(0, emulator.AssetCount);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task Create_BodyNotAJsonObject_Answers400InvalidJson(string body)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Post, "assets", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_json", await RawApi.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("assets?limit=0", "limit")]
    [InlineData("assets?limit=101", "limit")]
    [InlineData("assets?limit=ten", "limit")]
    [InlineData("assets?workspace_id=team_1", "workspace_id")]
    [InlineData("assets?project_id=p1", "project_id")]
    [InlineData("assets?cursor=abc", "cursor")]
    public async Task List_InvalidQuery_Answers400WithField(string path, string field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await RawApi.JsonAsync(response)).GetProperty("error");
        Assert.Equal(field, error.GetProperty("fields")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task List_CursorSentWithoutUrlEncoding_IsRejected()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        for (var i = 0; i < 3; i++)
        {
            (await raw.SendAsync(HttpMethod.Post, "assets", """{"source":"https://media.flora.ai/a.png","workspace_id":"ws_a"}""")).Dispose();
        }

        using var first = await raw.SendAsync(HttpMethod.Get, "assets?limit=1");
        var cursor = (await RawApi.JsonAsync(first)).GetProperty("meta").GetProperty("next_cursor").GetString()!;
        using var encoded = await raw.SendAsync(HttpMethod.Get, "assets?limit=1&cursor=" + Uri.EscapeDataString(cursor));
        using var unencoded = await raw.SendAsync(HttpMethod.Get, "assets?limit=1&cursor=" + cursor);

        Assert.Equal(HttpStatusCode.OK, encoded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unencoded.StatusCode);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyWithinTwoHours_Answers409DuplicateThenAcceptsAfterWindow()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { TimeProvider = clock });
        using var raw = new RawApi(emulator);
        const string Body = """{"source":"signed-url","workspace_id":"ws_a"}""";

        using var first = await raw.SendAsync(HttpMethod.Post, "assets", Body, idempotencyKey: "key-1");
        clock.Advance(TimeSpan.FromMinutes(119));
        using var second = await raw.SendAsync(HttpMethod.Post, "assets", Body, idempotencyKey: "key-1");
        clock.Advance(TimeSpan.FromMinutes(1));
        using var third = await raw.SendAsync(HttpMethod.Post, "assets", Body, idempotencyKey: "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("idempotency_duplicate", await RawApi.ErrorCodeAsync(second));
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        Assert.Equal(2, emulator.AssetCount);
    }

    [Fact]
    public async Task Post_RefusedRequest_DoesNotUseUpItsIdempotencyKey()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var refused = await raw.SendAsync(HttpMethod.Post, "assets", """{"source":"upload","workspace_id":"ws_a"}""", idempotencyKey: "key-2");
        using var corrected = await raw.SendAsync(HttpMethod.Post, "assets", """{"source":"signed-url","workspace_id":"ws_a"}""", idempotencyKey: "key-2");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
    }

    [Fact]
    public async Task UnknownPath_Answers404NotFound()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);

        using var response = await raw.SendAsync(HttpMethod.Delete, "assets/asset_1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", await RawApi.ErrorCodeAsync(response));
        Assert.Equal(EmulatorRoute.Unknown, Assert.Single(emulator.Requests).Route);
    }

    [Fact]
    public async Task UploadTarget_MissingOrAlteredSignedField_Answers403()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        var upload = created.Upload!;

        using var missing = await raw.PostFormAsync(upload.Url!, upload.FormFields.Where(f => f.Key != "signature"), [1]);
        using var altered = await raw.PostFormAsync(
            upload.Url!, upload.FormFields.Select(f => f.Key == "expire" ? new KeyValuePair<string, string>(f.Key, "9999999999") : f), [1]);
        using var unknown = await raw.PostFormAsync(emulator.ServerUrl + "upload/upt_nope", upload.FormFields, [1]);

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, altered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.StartsWith("req_", unknown.Headers.GetValues("request-id").Single(), StringComparison.Ordinal);
        Assert.Null(emulator.GetAsset(created.AssetId)!.UploadedBytes);
    }

    [Fact]
    public async Task UploadTarget_NoFilePartOrWrongField_Answers400()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var raw = new RawApi(emulator);
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));

        using var noFile = await raw.PostFormAsync(created.Upload!.Url!, created.Upload.FormFields, file: null);
        using var wrongField = await raw.PostFormAsync(created.Upload.Url!, created.Upload.FormFields, [1], fileField: "upload");

        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
    }

    [Fact]
    public async Task UploadTarget_WithAuthorizationHeader_IsRecorded()
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var http = new HttpClient();
        var created = await emulator.Client.Assets.CreateAsync(TestData.SignedUrl(emulator));
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in created.Upload!.FormFields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent([1, 2]), "file", "a.bin");
        using var request = new HttpRequestMessage(HttpMethod.Post, created.Upload.Url) { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", emulator.ApiKey);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(emulator.GetAsset(created.AssetId)!.UploadCarriedAuthorization);
        Assert.True(emulator.Requests.Single(r => r.Route == EmulatorRoute.Upload).HadAuthorization);
    }
}

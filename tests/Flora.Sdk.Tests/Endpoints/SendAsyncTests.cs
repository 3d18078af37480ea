using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Endpoints;

/// <summary><see cref="FloraClient.SendAsync"/>: any endpoint, through the same transport as every call.</summary>
public class SendAsyncTests
{
    [Fact]
    public async Task SendAsync_PostWithBody_SendsTheJsonWithKeyHeadersAndAnIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Post, "techniques/tech_1/runs", Reply.Json("""{"run_id":"run_1","status":"pending"}""", HttpStatusCode.Created, ("request-id", "req_s")));
        using var client = api.Client();
        var body = new JsonObject
        {
            ["mode"] = "async",
            ["inputs"] = new JsonArray(new JsonObject { ["id"] = "image", ["type"] = "imageUrl", ["value"] = "https://cdn.test/a.png" }),
        };

        var response = await client.SendAsync(HttpMethod.Post, "techniques/tech_1/runs", body);

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/techniques/tech_1/runs");
        Assert.True(Guid.TryParse(request.Header("Idempotency-Key"), out _));
        Assert.StartsWith("application/json", request.ContentHeaders["Content-Type"]);
        Assert.Equal("""{"mode":"async","inputs":[{"id":"image","type":"imageUrl","value":"https://cdn.test/a.png"}]}""", request.BodyText);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("req_s", response.RequestId);
        Assert.Equal("run_1", (string?)response.Value!["run_id"]);
    }

    [Fact]
    public async Task SendAsync_GetWithQueryAndLeadingSlash_SendsNoBodyAndNoIdempotencyKey()
    {
        var api = new StubApi().On(HttpMethod.Get, "techniques?limit=5&query=a%20b", Reply.Json("""[1,2]"""));
        using var client = api.Client();

        var response = await client.SendAsync(HttpMethod.Get, "/techniques?limit=5&query=a%20b");

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/techniques?limit=5&query=a%20b");
        Assert.Null(request.Body);
        Assert.Equal(2, response.Value!.AsArray().Count);
    }

    [Fact]
    public async Task SendAsync_NoContent_ValueIsNull()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.NoContent));
        using var client = api.Client();

        var response = await client.SendAsync(HttpMethod.Delete, "things/t_1");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(response.Value);
    }

    [Fact]
    public async Task SendAsync_ResetContent_ValueIsNullEvenWithABody()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"ignored":true}""", HttpStatusCode.ResetContent));
        using var client = api.Client();

        var response = await client.SendAsync(HttpMethod.Post, "forms/f_1/reset");

        Assert.Equal(HttpStatusCode.ResetContent, response.StatusCode);
        Assert.Null(response.Value);
    }

    [Fact]
    public async Task SendAsync_Empty200_ValueIsAnEmptyObject()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.OK, ("request-id", "req_e")));
        using var client = api.Client();

        var response = await client.SendAsync(HttpMethod.Post, "things/t_1/touch");

        Assert.IsType<JsonObject>(response.Value);
        Assert.Empty(response.Value.AsObject());
        Assert.Equal("req_e", response.RequestId);
        Assert.Equal("api.send", Flora.Sdk.Endpoints.AnyEndpoint.Operation);
    }

    [Fact]
    public async Task SendAsync_Fails_ErrorNamesTheOneSendOperationNotThePath()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.BadRequest, "bad", "No."));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.SendAsync(HttpMethod.Get, "things/t_1"));

        Assert.StartsWith("FLORA API api.send failed with 400", ex.Message);
    }

    [Fact]
    public async Task SendAsync_JsonNullBody_ValueIsNull()
    {
        var api = new StubApi().OnAny(Reply.Json("null"));
        using var client = api.Client();

        var response = await client.SendAsync(HttpMethod.Get, "things");

        Assert.Null(response.Value);
    }

    [Fact]
    public async Task SendAsync_NotFound_ThrowsTheTypedException()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "Technique not found"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.SendAsync(HttpMethod.Get, "techniques/tech_x"));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Contains("Technique not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_503ThenSuccess_RetriesWithTheSameIdempotencyKey()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json("{}"));
        using var client = api.Client();

        await client.SendAsync(HttpMethod.Post, "runs/technique", new JsonObject { ["technique_id"] = "tech_1" });

        Assert.Equal(2, api.Count);
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
        Assert.Equal(api.Requests[0].BodyText, api.Requests[1].BodyText);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task SendAsync_PutOrPatchRetried_CarriesTheSameIdempotencyKeyOnEveryAttempt(string method)
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json("{}"));
        using var client = api.Client();

        await client.SendAsync(new HttpMethod(method), "things/t_1", new JsonObject { ["name"] = "n" });

        Assert.Equal(2, api.Count);
        Assert.True(Guid.TryParse(api.Requests[0].Header("Idempotency-Key"), out _), $"a {method} must carry an Idempotency-Key");
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
    }

    [Fact]
    public async Task SendAsync_Delete_CarriesNoIdempotencyKey()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        await client.SendAsync(HttpMethod.Delete, "things/t_1");

        Assert.Null(api.Single().Header("Idempotency-Key"));
    }

    [Fact]
    public async Task SendAsync_RequestOptions_AreApplied()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")));
        using var client = api.Client();
        var options = new RequestOptions { IdempotencyKey = "mine", MaxRetries = 0 };
        options.Headers["X-Trace"] = "t1";

        await Assert.ThrowsAsync<FloraInternalServerException>(() => client.SendAsync(HttpMethod.Post, "runs/technique", null, options));

        var request = api.Single();
        Assert.Equal("mine", request.Header("Idempotency-Key"));
        Assert.Equal("t1", request.Header("X-Trace"));
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task SendAsync_NotJson2xx_ThrowsFloraException()
    {
        var api = new StubApi().OnAny(Reply.Text(HttpStatusCode.OK, "<html>", "text/html"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraException>(() => client.SendAsync(HttpMethod.Get, "things"));

        Assert.Equal("<html>", ex.ResponseBody);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("https://evil.test/api")]
    [InlineData("//evil.test/api")]
    [InlineData("\\\\evil.test")]
    [InlineData("http:foo")]
    [InlineData("../admin")]
    [InlineData("assets/../../admin")]
    [InlineData("assets/%2e%2e/admin")]
    [InlineData("assets/./x")]
    [InlineData("assets/a b")]
    public async Task SendAsync_InvalidPath_ThrowsArgumentExceptionWithoutSending(string path)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.SendAsync(HttpMethod.Get, path));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task SendAsync_InvalidOptions_ThrowNamingTheOptionWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => client.SendAsync(HttpMethod.Get, "things", null, new RequestOptions { MaxRetries = -1 }));

        Assert.Equal("options.MaxRetries", ex.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task SendAsync_NullArguments_ThrowArgumentNullException()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.SendAsync(null!, "things"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.SendAsync(HttpMethod.Get, null!));
    }

    [Fact]
    public async Task SendAsync_ThroughTheInterface_IsTheSameCall()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"ok":true}"""));
        using var client = api.Client();
        IFloraClient seam = client;

        var response = await seam.SendAsync(HttpMethod.Get, "anything");

        Assert.True((bool)response.Value!["ok"]!);
    }
}

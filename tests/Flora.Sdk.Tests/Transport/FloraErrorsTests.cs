using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>Error responses become the documented exception ladder, with everything a person needs and never the key.</summary>
public partial class FloraErrorsTests
{
    public static TheoryData<int, string, Type> StatusCases => new()
    {
        { 400, "input_validation_error", typeof(FloraBadRequestException) },
        { 401, "invalid_api_key", typeof(FloraAuthenticationException) },
        { 402, "insufficient_credits", typeof(FloraPaymentRequiredException) },
        { 403, "forbidden", typeof(FloraPermissionDeniedException) },
        { 404, "not_found", typeof(FloraNotFoundException) },
        { 409, "conflict", typeof(FloraConflictException) },
        { 422, "input_validation_error", typeof(FloraUnprocessableEntityException) },
        { 429, "rate_limited", typeof(FloraRateLimitException) },
        { 500, "unknown_error", typeof(FloraInternalServerException) },
        { 502, "unknown_error", typeof(FloraInternalServerException) },
        { 503, "service_unavailable", typeof(FloraInternalServerException) },
        { 418, "teapot", typeof(FloraApiException) },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public async Task RetrieveAsync_ErrorStatus_ThrowsMappedExceptionWithDetails(int status, string code, Type expected)
    {
        var api = new StubApi().OnAny(Reply.Error((HttpStatusCode)status, code, "Something is off", ("request-id", "req_err1")));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.IsType(expected, ex);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal("req_err1", ex.RequestId);
        Assert.Equal("Something is off", ex.ServerMessage);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message);
        Assert.Contains(code, ex.Message);
        Assert.Contains("Something is off", ex.Message);
        Assert.Contains("req_err1", ex.Message);
        Assert.Contains("Something is off", ex.ResponseBody);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task CreateAsync_EnvelopeWithFields_ExposesFieldErrors()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"error":{"code":"input_validation_error","message":"Invalid input","fields":[{"field":"workspace_id","message":"Must start with ws_"},{"field":"source","message":"Required"}]}}""",
            HttpStatusCode.BadRequest));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() =>
            client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" }));

        Assert.Equal("input_validation_error", ex.ErrorCode);
        Assert.Equal(
            [new FloraFieldError("workspace_id", "Must start with ws_"), new FloraFieldError("source", "Required")],
            ex.Fields);
        Assert.Contains("workspace_id: Must start with ws_", ex.Message);
        Assert.Contains("Invalid input", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_FlatCodeMessageBody_ReadsCodeAndMessage()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"code":"not_found","message":"Asset not found"}""", HttpStatusCode.NotFound));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Equal("Asset not found", ex.ServerMessage);
        Assert.Contains("Asset not found", ex.Message);
        Assert.Contains("not_found", ex.Message);
        Assert.Empty(ex.Fields);
    }

    [Fact]
    public async Task RetrieveAsync_ErrorAsPlainString_UsesItAsMessage()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"error":"Invalid API key provided"}""", HttpStatusCode.Unauthorized));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraAuthenticationException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Null(ex.ErrorCode);
        Assert.Equal("Invalid API key provided", ex.ServerMessage);
        Assert.Contains("Invalid API key provided", ex.Message);
        Assert.Contains("401", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_HtmlBody_KeepsBodyAndStillThrowsTypedException()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        var api = new StubApi().OnAny(Reply.Text(HttpStatusCode.BadGateway, html, "text/html"));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<FloraInternalServerException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal(html, ex.ResponseBody);
        Assert.Null(ex.ErrorCode);
        Assert.Contains("502", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_EmptyBody_ThrowsWithStatusAndNoBody()
    {
        var api = new StubApi().OnAny(Reply.Status(HttpStatusCode.Forbidden));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraPermissionDeniedException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Null(ex.ResponseBody);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.RequestId);
        Assert.Contains("403", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_OnlyXRequestId_UsesItAsFallback()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "nope", ("x-request-id", "req_fallback9")));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal("req_fallback9", ex.RequestId);
        Assert.Contains("req_fallback9", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_BothRequestIdHeaders_PrefersRequestId()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.NotFound, "not_found", "nope", ("x-request-id", "req_x"), ("request-id", "req_main")));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraNotFoundException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal("req_main", ex.RequestId);
    }

    [Fact]
    public async Task RetrieveAsync_HugeErrorBody_IsCappedAt64KiB()
    {
        var huge = "{\"error\":{\"code\":\"x\",\"message\":\"" + new string('a', 200_000) + "\"}}";
        var api = new StubApi().OnAny(Reply.Json(huge, HttpStatusCode.BadRequest));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.NotNull(ex.ResponseBody);
        Assert.Equal(64 * 1024, ex.ResponseBody.Length);
        Assert.StartsWith("{\"error\":{\"code\":\"x\"", ex.ResponseBody);
    }

    [Fact]
    public async Task RetrieveAsync_ServerEchoesApiKey_KeyNeverInMessageOrToString()
    {
        var body = "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"Key '" + TestClient.ApiKey + "' is not valid for Bearer " + TestClient.ApiKey + "\"}}";
        var api = new StubApi().OnAny(Reply.Json(body, HttpStatusCode.Unauthorized, ("request-id", "req_k")));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraAuthenticationException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.DoesNotContain(TestClient.ApiKey, ex.Message);
        Assert.DoesNotContain(TestClient.ApiKey, ex.ToString());
        Assert.DoesNotContain(TestClient.ApiKey, ex.ServerMessage);
        Assert.DoesNotContain(TestClient.ApiKey, ex.ResponseBody);
        Assert.Contains("invalid_api_key", ex.Message);
    }

    [Fact]
    public async Task RetrieveAsync_ApiKeyInHtmlErrorBody_KeyNeverInMessageOrToString()
    {
        var api = new StubApi().OnAny(Reply.Text(HttpStatusCode.InternalServerError, $"<pre>Authorization: Bearer {TestClient.ApiKey}</pre>", "text/html"));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<FloraInternalServerException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.DoesNotContain(TestClient.ApiKey, ex.Message);
        Assert.DoesNotContain(TestClient.ApiKey, ex.ToString());
    }

    [Fact]
    public async Task CreateAsync_InsufficientCredits_Throws402WithHint()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.PaymentRequired, "insufficient_credits", "Not enough credits"));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraPaymentRequiredException>(() =>
            client.Assets.CreateAsync(new AssetCreateParams { Source = AssetSource.SignedUrl, WorkspaceId = "ws_1" }));

        Assert.Equal("insufficient_credits", ex.ErrorCode);
        Assert.Contains("credits", ex.Message);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task RateLimited_RetryAfterHeader_IsExposedOnTheException()
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.TooManyRequests, "rate_limited", "Slow down", ("Retry-After", "7")));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<FloraRateLimitException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
    }

    [Fact]
    public async Task RateLimited_ResponseHeaders_AreKeptOnTheExceptionByCaseInsensitiveName()
    {
        var api = new StubApi().OnAny(Reply.Error(
            HttpStatusCode.TooManyRequests, "rate_limited", "Slow down", ("Retry-After", "7"), ("X-RateLimit-Remaining", "0"), ("x-ratelimit-reset", "1765000000")));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<FloraRateLimitException>(() => client.Assets.RetrieveAsync("asset_1"));

        Assert.Equal(["0"], ex.Headers["x-ratelimit-remaining"]);
        Assert.Equal(["1765000000"], ex.Headers["X-RateLimit-Reset"]);
        Assert.Equal(["7"], ex.Headers["retry-after"]);
        Assert.StartsWith("application/json", Assert.Single(ex.Headers["Content-Type"]), StringComparison.Ordinal); // the content's headers too
    }

    [Fact]
    public void Headers_OfAnExceptionMadeByOtherCode_AreEmptyNeverNull()
    {
        var ex = new FloraNotFoundException("not found");

        Assert.NotNull(ex.Headers);
        Assert.Empty(ex.Headers);
    }
}

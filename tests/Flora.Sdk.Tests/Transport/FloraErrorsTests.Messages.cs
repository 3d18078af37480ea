using System.Net;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The exact text of error messages, and failures without a response: which become timeouts, which connection failures, which stay the caller's.</summary>
public partial class FloraErrorsTests
{
    private static readonly Redactor s_redactor = new(TestClient.ApiKey);
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_EveryPart_InOrder()
    {
        var text = FloraErrors.Describe(
            "assets.create", HttpStatusCode.BadRequest, "input_validation_error", "Invalid input",
            [new FloraFieldError("workspace_id", "Must start with ws_"), new FloraFieldError("source", "Required")], "req_7");

        Assert.Equal(
            "FLORA API assets.create failed with 400 Bad Request (input_validation_error): Invalid input. " +
            "workspace_id: Must start with ws_. source: Required. Request id: req_7.",
            text);
    }

    [Fact]
    public void Describe_NothingButTheStatus_SaysTheServerGaveNoMessage()
    {
        Assert.Equal(
            "FLORA API assets.retrieve failed with 418 HTTP error: the server gave no message.",
            FloraErrors.Describe("assets.retrieve", (HttpStatusCode)418, null, null, [], null));
    }

    [Fact]
    public void Describe_MessageEndingInAFullStop_GetsNoSecond()
    {
        Assert.Equal(
            "FLORA API assets.retrieve failed with 404 Not Found: Asset not found.",
            FloraErrors.Describe("assets.retrieve", HttpStatusCode.NotFound, null, "Asset not found.", [], null));
    }

    [Theory]
    [InlineData(401, null, "Check the API key (FloraClientOptions.ApiKey or FLORA_API_KEY).")]
    [InlineData(402, null, "The workspace has run out of credits.")]
    [InlineData(409, "idempotency_duplicate", "This Idempotency-Key was already used in the last two hours; use a new key for a new request.")]
    [InlineData(422, "idempotency_duplicate", "This Idempotency-Key was already used in the last two hours; use a new key for a new request.")]
    public void Describe_StatusOrCodeWithAHint_EndsWithTheHint(int status, string? code, string hint)
    {
        var text = FloraErrors.Describe("op", (HttpStatusCode)status, code, "m", [], null);

        Assert.EndsWith(". " + hint, text);
    }

    [Theory]
    [InlineData(400, null)]
    [InlineData(403, "forbidden")]
    [InlineData(409, "conflict")]
    public void Describe_OtherErrors_HaveNoHint(int status, string? code)
    {
        var text = FloraErrors.Describe("op", (HttpStatusCode)status, code, "m", [], null);

        Assert.EndsWith(": m.", text);
    }

    [Fact]
    public void Describe_RefusedHost_AddsTheMissingCapabilityHintBeforeTheRequestId()
    {
        var text = FloraErrors.Describe("assets.create", HttpStatusCode.BadRequest, "host_not_allowlisted", "No.", [], "req_1");

        Assert.EndsWith("No. " + MissingCapabilityHint.Text + " Request id: req_1.", text);
    }

    [Theory]
    [InlineData(400, "Bad Request")]
    [InlineData(401, "Unauthorized")]
    [InlineData(402, "Payment Required")]
    [InlineData(403, "Forbidden")]
    [InlineData(404, "Not Found")]
    [InlineData(408, "Request Timeout")]
    [InlineData(409, "Conflict")]
    [InlineData(413, "Content Too Large")]
    [InlineData(422, "Unprocessable Entity")]
    [InlineData(429, "Too Many Requests")]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(503, "Service Unavailable")]
    [InlineData(504, "Gateway Timeout")]
    [InlineData(418, "HTTP error")]
    [InlineData(599, "HTTP error")]
    public void ReasonPhrase_Status_IsTheStandardPhrase(int status, string phrase)
    {
        Assert.Equal(phrase, FloraErrors.ReasonPhrase((HttpStatusCode)status));
    }

    [Theory]
    [InlineData(499, typeof(FloraApiException))]
    [InlineData(501, typeof(FloraInternalServerException))]
    [InlineData(599, typeof(FloraInternalServerException))]
    public async Task FromResponseAsync_StatusOutsideTheNamedOnes_MapsByRange(int status, Type expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        var ex = await FloraErrors.FromResponseAsync(response, Request(Peer.FloraApi), 1, s_redactor, s_now, default);

        Assert.IsType(expected, ex);
    }

    [Fact]
    public async Task FromResponseAsync_Api_KeepsAttemptRetryAfterAndRetryHint()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "3");
        response.Headers.TryAddWithoutValidation("x-should-retry", "false");

        var ex = Assert.IsType<FloraInternalServerException>(
            await FloraErrors.FromResponseAsync(response, Request(Peer.FloraApi), 2, s_redactor, s_now, default));

        Assert.Equal(2, ex.Attempt);
        Assert.Equal(TimeSpan.FromSeconds(3), ex.RetryAfter);
        Assert.False(ex.ServerRetryHint);
        Assert.Null(ex.ServerMessage);
    }

    [Fact]
    public async Task FromResponseAsync_StorageHost_NamesTheHostStatusAndAttempt()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("<Error>SignatureDoesNotMatch</Error>"),
            RequestMessage = new HttpRequestMessage(HttpMethod.Put, "https://bucket.upload.test/object"),
        };
        response.Headers.TryAddWithoutValidation("Retry-After", "4");

        var ex = Assert.IsType<FloraStorageHostException>(
            await FloraErrors.FromResponseAsync(response, Request(Peer.StorageHost), 3, s_redactor, s_now, default));

        Assert.Equal(
            "The storage host bucket.upload.test (the signed upload target) refused the byte upload with 403 Forbidden on attempt 3; its body is in ResponseBody. " +
            "The asset stays pending_upload until its bytes arrive.",
            ex.Message);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("bucket.upload.test", ex.Host);
        Assert.Equal("<Error>SignatureDoesNotMatch</Error>", ex.ResponseBody);
        Assert.Equal(TimeSpan.FromSeconds(4), ex.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_StorageHostWithoutRequest_SaysTheStorageHost()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        var ex = Assert.IsType<FloraStorageHostException>(
            await FloraErrors.FromResponseAsync(response, Request(Peer.StorageHost), 1, s_redactor, s_now, default));

        Assert.StartsWith("The storage host the storage host (the signed upload target) refused", ex.Message);
        Assert.Equal("the storage host", ex.Host);
    }

    [Fact]
    public void FromTransport_NotATransportFailure_IsNull()
    {
        Assert.Null(FloraErrors.FromTransport(new InvalidOperationException("bug"), Request(Peer.FloraApi), 1, "h", null, s_redactor, default));
        Assert.Null(FloraErrors.FromTransport(new FloraException("unreadable"), Request(Peer.FloraApi), 1, "h", null, s_redactor, default));
    }

    [Fact]
    public void FromTransport_CancelledByTheCaller_IsNullSoTheCancellationPropagates()
    {
        Assert.Null(FloraErrors.FromTransport(new OperationCanceledException(), Request(Peer.FloraApi), 1, "h", null, s_redactor, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void FromTransport_CancelledNotByTheCaller_IsATimeoutNamingTheAttemptAndTheTimeout()
    {
        var cause = new TaskCanceledException("timer");

        var ex = Assert.IsType<FloraTimeoutException>(
            FloraErrors.FromTransport(cause, Request(Peer.FloraApi, TimeSpan.FromSeconds(1.5)), 2, "api.flora.test", null, s_redactor, CancellationToken.None));

        Assert.Equal(
            "FLORA assets.retrieve timed out: attempt 2 got no complete response within 1.5 s. " +
            "Raise FloraClientOptions.Timeout or RequestOptions.Timeout if the network is slow.",
            ex.Message);
        Assert.Same(cause, Assert.IsType<TimeoutException>(ex.InnerException).InnerException);
    }

    [Theory]
    [InlineData(1000, "within 1 s.")]
    [InlineData(999, "within 999 ms.")]
    [InlineData(60_000, "within 60 s.")]
    [InlineData(-1, "within the HttpClient's own timeout.")]
    public void FromTransport_Timeout_DescribesTheTimeoutInItsUnit(int milliseconds, string expected)
    {
        var ex = FloraErrors.FromTransport(
            new OperationCanceledException(), Request(Peer.FloraApi, TimeSpan.FromMilliseconds(milliseconds)), 1, "h", null, s_redactor, default);

        Assert.Contains(expected, ex!.Message);
    }

    [Theory]
    [InlineData("api.flora.test", "api.flora.test")]
    [InlineData(null, "the server")]
    public void FromTransport_ConnectionFailure_NamesTheHostAttemptAndCause(string? host, string named)
    {
        var cause = new HttpRequestException("Connection refused");

        var ex = FloraErrors.FromTransport(cause, Request(Peer.FloraApi), 3, host, null, s_redactor, default);

        Assert.IsType<FloraConnectionException>(ex);
        Assert.Equal(
            $"FLORA assets.retrieve could not complete: the connection to {named} failed on attempt 3 (Connection refused). " +
            "Check the network and FloraClientOptions.BaseUrl.",
            ex.Message);
        Assert.Same(cause, ex.InnerException);
    }

    [Fact]
    public void FromTransport_StorageHost_NamesTheUploadAndNotTheBaseUrl()
    {
        var ex = FloraErrors.FromTransport(new IOException("reset"), Request(Peer.StorageHost), 1, "bucket.upload.test", null, s_redactor, default);

        Assert.Equal(
            "The upload to the signed upload target could not complete: the connection to bucket.upload.test failed on attempt 1 (reset). Check the network.",
            ex!.Message);
    }

    [Fact]
    public void FromTransport_Download_NamesTheAsset()
    {
        var download = new ApiRequest(HttpMethod.Get, "assets.download", "x", AssetId: "asset_9") { Peer = Peer.StorageHost, Timeout = TimeSpan.FromSeconds(2) };

        var ex = FloraErrors.FromTransport(new OperationCanceledException(), download, 1, "cdn.test", null, s_redactor, default);

        Assert.StartsWith("The download of asset 'asset_9' timed out: attempt 1", ex!.Message);
    }

    [Fact]
    public void FromTransport_CauseQuotesTheKey_IsRedactedEverywhere()
    {
        var cause = new HttpRequestException("Invalid header 'Authorization: Bearer " + TestClient.ApiKey + "'");

        var ex = FloraErrors.FromTransport(cause, Request(Peer.FloraApi), 1, "h", null, s_redactor, default);

        Assert.DoesNotContain(TestClient.ApiKey, ex!.ToString());
        Assert.Contains("Bearer [redacted]", ex.Message);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    private static ApiRequest Request(Peer peer, TimeSpan? timeout = null) =>
        new(HttpMethod.Get, "assets.retrieve", "assets/a") { Peer = peer, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
}

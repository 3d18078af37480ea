using System.Net;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The retry rules on their own: the backoff table, the server's wait and its cap, what is retried, and how a retry is explained.</summary>
public partial class RetryRulesTests
{
    [Theory]
    [InlineData(0, 500)]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(4, 8000)]
    [InlineData(5, 8000)]
    [InlineData(63, 8000)]
    [InlineData(64, 8000)]
    public void Delay_NoServerWait_IsHalfASecondDoubledPerRetryCappedAtEight(int retry, int nominalMs)
    {
        // The jitter scales the nominal wait by 0.75 (random 0) up to 1 (random 1). In ticks: .NET Framework's
        // TimeSpan.FromMilliseconds rounds to whole milliseconds.
        var nominal = TimeSpan.TicksPerMillisecond * nominalMs;
        Assert.Equal(TimeSpan.FromTicks(nominal), RetryRules.Delay(retry, null, random: 1));
        Assert.Equal(TimeSpan.FromTicks(nominal * 3 / 4), RetryRules.Delay(retry, null, random: 0));
        Assert.Equal(TimeSpan.FromTicks(nominal * 7 / 8), RetryRules.Delay(retry, null, random: 0.5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void Delay_ServerWaitUpToSixtySeconds_IsTheServersWithoutJitter(int seconds)
    {
        var failure = ApiFailure((HttpStatusCode)429, retryAfter: TimeSpan.FromSeconds(seconds));

        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryRules.Delay(3, failure, random: 0));
    }

    [Fact]
    public void Delay_ServerWaitOverSixtySeconds_IsTheBackoff()
    {
        var failure = ApiFailure((HttpStatusCode)429, retryAfter: TimeSpan.FromSeconds(60) + TimeSpan.FromTicks(1));

        Assert.Equal(TimeSpan.FromMilliseconds(1000), RetryRules.Delay(1, failure, random: 1));
    }

    [Fact]
    public void Delay_StorageHostWait_IsHonouredLikeTheApis()
    {
        var failure = new FloraStorageHostException("busy", HttpStatusCode.ServiceUnavailable, "upload.test", null, TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryRules.Delay(0, failure, random: 0));
    }

    [Fact]
    public void NextJitter_Always_IsInZeroToOne()
    {
        for (var i = 0; i < 100; i++)
        {
            Assert.InRange(RetryRules.NextJitter(), 0, 0.9999999999);
        }
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(409, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    public void IsRetryable_StorageHostStatus_FollowsTheStatusRule(int status, bool expected)
    {
        Assert.Equal(expected, RetryRules.IsRetryable(new FloraStorageHostException("x", (HttpStatusCode)status, "upload.test")));
    }

    [Fact]
    public void IsRetryable_FailuresWithoutAStatus_OnlyConnectionAndTimeout()
    {
        Assert.True(RetryRules.IsRetryable(new FloraConnectionException("refused")));
        Assert.True(RetryRules.IsRetryable(new FloraTimeoutException("slow")));
        Assert.False(RetryRules.IsRetryable(new FloraException("unreadable body")));
        Assert.False(RetryRules.IsRetryable(new InvalidOperationException()));
        Assert.False(RetryRules.IsRetryable(null));
    }

    [Fact]
    public void IsRetryable_ServerHint_OverridesTheStatusButNotADuplicate()
    {
        Assert.False(RetryRules.IsRetryable(ApiFailure(HttpStatusCode.ServiceUnavailable, hint: false)));
        Assert.True(RetryRules.IsRetryable(ApiFailure(HttpStatusCode.BadRequest, hint: true)));
        Assert.False(RetryRules.IsRetryable(ApiFailure(HttpStatusCode.ServiceUnavailable, code: "idempotency_duplicate")));
    }

    [Fact]
    public void Reason_EachFailure_SaysWhatHappened()
    {
        Assert.Equal("the attempt timed out", RetryRules.Reason(new FloraTimeoutException("slow", new OperationCanceledException())));
        Assert.Equal("connection failed: refused", RetryRules.Reason(new FloraConnectionException("outer", new HttpRequestException("refused"))));
        Assert.Equal("connection failed: outer", RetryRules.Reason(new FloraConnectionException("outer")));
        Assert.Equal("status 503", RetryRules.Reason(ApiFailure(HttpStatusCode.ServiceUnavailable)));
        Assert.Equal("status 429 rate_limited", RetryRules.Reason(ApiFailure((HttpStatusCode)429, code: "rate_limited")));
        Assert.Equal("storage host status 502", RetryRules.Reason(new FloraStorageHostException("x", HttpStatusCode.BadGateway, "upload.test")));
        Assert.Equal("unknown", RetryRules.Reason(new IOException("x")));
    }

    private static FloraApiException ApiFailure(HttpStatusCode status, string? code = null, TimeSpan? retryAfter = null, bool? hint = null) =>
        new(new Flora.Sdk.Errors.ApiError { Message = "failed", StatusCode = status, ErrorCode = code, RetryAfter = retryAfter, ServerRetryHint = hint, Attempt = 1 });
}

using System.Globalization;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

public class ResponseHeadersTests
{
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage With(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("retry-after-ms", "0", 0)]
    [InlineData("Retry-After", "5", 5000)]
    [InlineData("Retry-After", "2.5", 2500)]
    public void RetryAfter_ValidValue_IsRead(string name, string value, int expectedMs)
    {
        using var response = With((name, value));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Theory]
    [InlineData("retry-after-ms", "-5")]
    [InlineData("retry-after-ms", "soon")]
    [InlineData("Retry-After", "-1")]
    [InlineData("Retry-After", "tomorrow")]
    [InlineData("Retry-After", "NaN")]
    public void RetryAfter_InvalidValue_IsIgnored(string name, string value)
    {
        using var response = With((name, value));

        Assert.Null(ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTheTimeUntilThatDate()
    {
        using var response = With(("Retry-After", s_now.AddSeconds(30).ToString("r", CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.FromSeconds(30), ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Fact]
    public void RetryAfter_HttpDateInThePast_IsZero()
    {
        using var response = With(("Retry-After", s_now.AddMinutes(-5).ToString("r", CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.Zero, ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Fact]
    public void RetryAfter_BothHeaders_PrefersMilliseconds()
    {
        using var response = With(("Retry-After", "9"), ("retry-after-ms", "120"));

        Assert.Equal(TimeSpan.FromMilliseconds(120), ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("maybe", null)]
    public void ShouldRetry_HeaderValue_IsParsed(string value, bool? expected)
    {
        using var response = With(("x-should-retry", value));

        Assert.Equal(expected, ResponseHeaders.ShouldRetry(response.Headers));
    }

    [Fact]
    public void RequestId_NoHeaders_IsNull()
    {
        using var response = With();

        Assert.Null(Flora.Sdk.Core.HeaderValues.RequestId(response.Headers));
        Assert.Null(ResponseHeaders.ShouldRetry(response.Headers));
        Assert.Null(ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Theory]
    [InlineData("retry-after-ms", "1e12")]
    [InlineData("Retry-After", "1e9")]
    public void RetryAfter_Huge_IsCappedAtOneDay(string name, string value)
    {
        using var response = With((name, value));

        Assert.Equal(TimeSpan.FromDays(1), ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-0.001")]
    [InlineData("later")]
    public void RetryAfter_UnusableMilliseconds_FallsBackToRetryAfter(string milliseconds)
    {
        using var response = With(("retry-after-ms", milliseconds), ("Retry-After", "4"));

        Assert.Equal(TimeSpan.FromSeconds(4), ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Fact]
    public void RetryAfter_InfiniteSeconds_IsIgnored()
    {
        using var response = With(("Retry-After", "Infinity"));

        Assert.Null(ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Fact]
    public void RetryAfter_HttpDateNow_IsZero()
    {
        using var response = With(("Retry-After", s_now.ToString("r", CultureInfo.InvariantCulture)));

        Assert.Equal(TimeSpan.Zero, ResponseHeaders.RetryAfter(response.Headers, s_now));
    }

    [Fact]
    public void RequestId_EitherHeader_FirstValueWins()
    {
        using var onlyX = With(("x-request-id", "req_x"));
        using var both = With(("x-request-id", "req_x"), ("request-id", "req_a"), ("request-id", "req_b"));

        Assert.Equal("req_x", Flora.Sdk.Core.HeaderValues.RequestId(onlyX.Headers));
        Assert.Equal("req_a", Flora.Sdk.Core.HeaderValues.RequestId(both.Headers));
    }

    [Fact]
    public void ShouldRetry_FalseInAnyCase_IsFalse()
    {
        using var response = With(("x-should-retry", "False"));

        Assert.False(ResponseHeaders.ShouldRetry(response.Headers));
    }
}

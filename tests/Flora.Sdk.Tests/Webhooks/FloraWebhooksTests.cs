using System.Text;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Webhooks;

public sealed class FloraWebhooksTests
{
    private const string Secret = "whsec_test_secret";

    // A delivery as FLORA's documents shape it, with one unknown field on each level.
    private const string Body =
        """{"id":"whd_1","type":"run.completed","api_version":"2026-06-11","created_at":1700000000123,"data":{"run_id":"run_abc","run_type":"technique","workspace_id":"ws_1","status":"completed","extra":1},"new_field":"x"}""";

    // Computed outside .NET: printf '%s' "1700000000.$Body" | openssl dgst -sha256 -hmac whsec_test_secret
    private const string KnownHeader = "t=1700000000,v1=75f86e72136d8473badfb0ce4e0eb2dfdba0645aa61c440a580c70f702a2327e";

    private static readonly DateTimeOffset s_signedAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static WebhookVerifyOptions At(DateTimeOffset now, TimeSpan? tolerance = null) =>
        new() { TimeProvider = new TestClock(now), Tolerance = tolerance ?? WebhookVerifyOptions.DefaultTolerance };

    private static FloraWebhookVerificationException Refused(string body, string? header, string secret = Secret, WebhookVerifyOptions? options = null) =>
        Assert.Throws<FloraWebhookVerificationException>(() => FloraWebhooks.Verify(body, header, secret, options ?? At(s_signedAt)));

    [Fact]
    public void Sign_KnownVector_MatchesOpenSsl()
    {
        Assert.Equal(KnownHeader, FloraWebhooks.Sign(Body, Secret, s_signedAt));
    }

    [Fact]
    public void Unwrap_KnownVector_ReadsTheTypedEventAndKeepsUnknownFields()
    {
        var e = FloraWebhooks.Unwrap(Body, KnownHeader, Secret, At(s_signedAt.AddSeconds(10)));

        Assert.Equal("whd_1", e.Id);
        Assert.Equal("run.completed", e.Type);
        Assert.Equal("2026-06-11", e.ApiVersion);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), e.CreatedAt);
        Assert.Equal("run_abc", e.Data.RunId);
        Assert.Equal("technique", e.Data.RunType);
        Assert.Equal("ws_1", e.Data.WorkspaceId);
        Assert.Equal(RunStatus.Completed, e.Data.Status);
        Assert.Null(e.Data.ErrorCode);
        Assert.Equal("x", e.AdditionalProperties["new_field"].GetString());
        Assert.Equal(1, e.Data.AdditionalProperties["extra"].GetInt32());
    }

    [Fact]
    public void Unwrap_BytesBody_VerifiesTheSameBytes()
    {
        var e = FloraWebhooks.Unwrap(Encoding.UTF8.GetBytes(Body), KnownHeader, Secret, At(s_signedAt));

        Assert.Equal("run_abc", e.Data.RunId);
    }

    [Fact]
    public void SignThenVerify_NonAsciiBody_RoundTrips()
    {
        const string body = """{"id":"whd_2","type":"run.failed","data":{"error_message":"Ünïcödé ✓"}}""";
        var header = FloraWebhooks.Sign(body, Secret, s_signedAt);

        var e = FloraWebhooks.Unwrap(body, header, Secret, At(s_signedAt));

        Assert.Equal("Ünïcödé ✓", e.Data.ErrorMessage);
    }

    [Fact]
    public void Verify_TamperedBody_IsRefused()
    {
        var e = Refused(Body.Replace("run_abc", "run_abd", StringComparison.Ordinal), KnownHeader);

        Assert.Contains("does not match", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WrongSecret_IsRefused()
    {
        Refused(Body, KnownHeader, secret: "whsec_other");
    }

    [Fact]
    public void Verify_OldTimestamp_IsRefused()
    {
        var e = Refused(Body, KnownHeader, options: At(s_signedAt.AddMinutes(5).AddSeconds(1)));

        Assert.Contains("too old", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AtTheEdgeOfTheTolerance_Passes()
    {
        FloraWebhooks.Verify(Body, KnownHeader, Secret, At(s_signedAt.AddMinutes(5)));
        FloraWebhooks.Verify(Body, KnownHeader, Secret, At(s_signedAt.AddMinutes(-5)));
    }

    [Fact]
    public void Verify_FutureTimestamp_IsRefused()
    {
        var e = Refused(Body, KnownHeader, options: At(s_signedAt.AddMinutes(-5).AddSeconds(-1)));

        Assert.Contains("future", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ZeroTolerance_SkipsTheTimestampCheck()
    {
        FloraWebhooks.Verify(Body, KnownHeader, Secret, At(s_signedAt.AddYears(3), TimeSpan.Zero));
    }

    [Fact]
    public void Verify_UsesTheGivenTimeProvider()
    {
        var clock = new TestClock(s_signedAt);
        var options = new WebhookVerifyOptions { TimeProvider = clock };
        FloraWebhooks.Verify(Body, KnownHeader, Secret, options);

        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Throws<FloraWebhookVerificationException>(() => FloraWebhooks.Verify(Body, KnownHeader, Secret, options));
    }

    [Fact]
    public void Verify_DefaultOptions_ReadTheSystemClock()
    {
        var header = FloraWebhooks.Sign(Body, Secret, DateTimeOffset.UtcNow);
        FloraWebhooks.Verify(Body, header, Secret);

        Assert.Throws<FloraWebhookVerificationException>(() => FloraWebhooks.Verify(Body, KnownHeader, Secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Verify_MissingHeader_IsRefused(string? header)
    {
        var e = Refused(Body, header);

        Assert.Contains("missing", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1=75f86e72136d8473badfb0ce4e0eb2dfdba0645aa61c440a580c70f702a2327e")]
    [InlineData("t=soon,v1=75f86e72136d8473badfb0ce4e0eb2dfdba0645aa61c440a580c70f702a2327e")]
    public void Verify_NoTimestamp_IsRefused(string header)
    {
        var e = Refused(Body, header);

        Assert.Contains("t=", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("t=1700000000")]
    [InlineData("t=1700000000,v1=")]
    [InlineData("t=1700000000,v0=75f86e72136d8473badfb0ce4e0eb2dfdba0645aa61c440a580c70f702a2327e")]
    public void Verify_NoV1_IsRefused(string header)
    {
        var e = Refused(Body, header);

        Assert.Contains("v1=", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RotationWithTwoV1_SecondMatches_Passes()
    {
        var old = FloraWebhooks.Sign(Body, "whsec_old_secret", s_signedAt).Split(',')[1];

        FloraWebhooks.Verify(Body, $"t=1700000000, {old}, v1=75f86e72136d8473badfb0ce4e0eb2dfdba0645aa61c440a580c70f702a2327e", Secret, At(s_signedAt));
    }

    [Fact]
    public void Verify_RotationWithTwoV1_NoneMatches_IsRefused()
    {
        Refused(Body, "t=1700000000,v1=" + new string('0', 64) + ",v1=" + new string('a', 64));
    }

    [Fact]
    public void Verify_UpperCaseHex_IsRefused()
    {
        Refused(Body, KnownHeader.ToUpperInvariant().Replace("T=", "t=", StringComparison.Ordinal).Replace("V1=", "v1=", StringComparison.Ordinal));
    }

    [Fact]
    public void Unwrap_BodyNotJson_IsRefusedAfterTheSignatureMatches()
    {
        const string body = "not json";
        var header = FloraWebhooks.Sign(body, Secret, s_signedAt);
        FloraWebhooks.Verify(body, header, Secret, At(s_signedAt));

        var e = Assert.Throws<FloraWebhookVerificationException>(() => FloraWebhooks.Unwrap(body, header, Secret, At(s_signedAt)));

        Assert.Contains("not a JSON", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public void Unwrap_JsonThatIsNotAnObject_IsRefused(string body)
    {
        var header = FloraWebhooks.Sign(body, Secret, s_signedAt);

        Assert.Throws<FloraWebhookVerificationException>(() => FloraWebhooks.Unwrap(body, header, Secret, At(s_signedAt)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void VerifyAndSign_BlankSecret_ThrowArgumentException(string secret)
    {
        Assert.Throws<ArgumentException>(() => FloraWebhooks.Verify(Body, KnownHeader, secret));
        Assert.Throws<ArgumentException>(() => FloraWebhooks.Unwrap(Body, KnownHeader, secret));
        Assert.Throws<ArgumentException>(() => FloraWebhooks.Sign(Body, secret, s_signedAt));
    }

    [Fact]
    public void Verify_NegativeTolerance_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => FloraWebhooks.Verify(Body, KnownHeader, Secret, At(s_signedAt, TimeSpan.FromSeconds(-1))));
    }

    [Fact]
    public void Refusals_NeverContainTheSecretOrTheSignature()
    {
        const string wrong = "whsec_wrong_secret_value";
        var messages = new[]
        {
            Refused(Body, KnownHeader, secret: wrong).Message,
            Refused("x", KnownHeader).Message,
            Refused(Body, KnownHeader, options: At(s_signedAt.AddHours(1))).Message,
            Refused(Body, "t=1700000000").Message,
            Refused(Body, null).Message,
        };

        foreach (var message in messages)
        {
            Assert.DoesNotContain(Secret, message, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, message, StringComparison.Ordinal);
            Assert.DoesNotContain("75f86e72", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unwrap_MissingFields_ReadLeniently()
    {
        const string body = """{"created_at":"soon"}""";
        var e = FloraWebhooks.Unwrap(body, FloraWebhooks.Sign(body, Secret, s_signedAt), Secret, At(s_signedAt));

        Assert.Equal(string.Empty, e.Id);
        Assert.Equal(default, e.CreatedAt);
        Assert.Equal(string.Empty, e.Data.RunId);
    }
}

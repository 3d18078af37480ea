using System.Text.Json;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>A response body keeps no key: as sent, and where a server wrote it with JSON escapes a parser would decode.</summary>
public class RedactorBodyTests
{
    private const string Key = TestClient.ApiKey;
    private static readonly Redactor s_redactor = new(Key);

    // The key with its first character written as a JSON escape: a text search misses it, a JSON reader decodes it.
    private static readonly string s_escapedKey = $"\\u{(int)Key[0]:x4}{Key[1..]}";

    [Fact]
    public void RedactBody_KeyEscapedInAString_IsMaskedWhereverItIsRead()
    {
        var body = $$"""{"error":{"message":"bad key {{s_escapedKey}} sent","code":"unauthorized"},"n":1,"ok":true,"none":null}""";

        var redacted = s_redactor.RedactBody(body)!;

        using var document = JsonDocument.Parse(redacted);
        Assert.Equal("bad key [redacted] sent", document.RootElement.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("unauthorized", document.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("n").GetInt32());
        Assert.True(document.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("none").ValueKind);
        Assert.DoesNotContain(Key, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void RedactBody_KeyEscapedInAPropertyNameOrAnArray_IsMasked()
    {
        var body = $$"""{"{{s_escapedKey}}":["x","{{s_escapedKey}}"]}""";

        var redacted = s_redactor.RedactBody(body)!;

        using var document = JsonDocument.Parse(redacted);
        var property = Assert.Single(document.RootElement.EnumerateObject());
        Assert.Equal("[redacted]", property.Name);
        Assert.Equal(["x", "[redacted]"], property.Value.EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("""{"message":"a \"quoted\" word"}""")]
    [InlineData("""["a\\b", 2]""")]
    public void RedactBody_EscapesButNoKey_IsTheBodyAsSent(string body)
    {
        Assert.Same(body, s_redactor.RedactBody(body));
    }

    [Fact]
    public void RedactBody_NotJsonWithABackslash_IsRedactedAsText()
    {
        var body = $"<html>{Key} \\ {s_escapedKey}</html>";

        Assert.Equal($"<html>[redacted] \\ {s_escapedKey}</html>", s_redactor.RedactBody(body));
    }

    [Fact]
    public void RedactBody_NoBackslash_IsOnlyTheTextRedaction()
    {
        Assert.Equal("""{"k":"[redacted]"}""", s_redactor.RedactBody($$"""{"k":"{{Key}}"}"""));
        Assert.Null(s_redactor.RedactBody(null));
        Assert.Equal("a\\b", new Redactor(string.Empty).RedactBody("a\\b"));
    }
}

using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>The API key never survives into text the SDK repeats from a server or the network stack.</summary>
public class RedactorTests
{
    private const string Key = TestClient.ApiKey;
    private static readonly Redactor s_redactor = new(Key);

    [Fact]
    public void Redact_EveryOccurrence_IsMasked()
    {
        Assert.Equal("a [redacted] b [redacted]", s_redactor.Redact($"a {Key} b {Key}"));
    }

    [Fact]
    public void Redact_NoKeyInText_IsTheSameText()
    {
        Assert.Equal("plain", s_redactor.Redact("plain"));
        Assert.Null(s_redactor.Redact(null));
    }

    [Fact]
    public void Redact_KeyDiffersInCase_IsNotTheKey()
    {
        Assert.Equal(Key.ToUpperInvariant(), s_redactor.Redact(Key.ToUpperInvariant()));
    }

    [Fact]
    public void Redact_EmptyKey_ChangesNothing()
    {
        Assert.Equal("text", new Redactor(string.Empty).Redact("text"));
    }

    [Fact]
    public void Sanitize_NoKeyAnywhere_IsTheSameException()
    {
        var cause = new HttpRequestException("refused", new IOException("inner"));

        Assert.Same(cause, s_redactor.Sanitize(cause));
        Assert.Same(cause, new Redactor(string.Empty).Sanitize(cause));
    }

    [Fact]
    public void Sanitize_KeyInAnInnerException_IsReplacedWithoutTheChain()
    {
        var cause = new HttpRequestException("bad header", new IOException("echo " + Key));

        var clean = s_redactor.Sanitize(cause);

        Assert.IsType<HttpRequestException>(clean);
        Assert.Equal("bad header", clean.Message);
        Assert.Null(clean.InnerException);
        Assert.DoesNotContain(Key, clean.ToString());
    }

    [Fact]
    public void Sanitize_EachKind_KeepsItsKindAndRedactsTheMessage()
    {
        var canceled = s_redactor.Sanitize(new TaskCanceledException("canceled " + Key));
        var io = s_redactor.Sanitize(new IOException("io " + Key));
        var http = s_redactor.Sanitize(new HttpRequestException("http " + Key));

        Assert.IsType<OperationCanceledException>(canceled);
        Assert.Equal("canceled [redacted]", canceled.Message);
        Assert.IsType<IOException>(io);
        Assert.Equal("io [redacted]", io.Message);
        Assert.IsType<HttpRequestException>(http);
        Assert.Equal("http [redacted]", http.Message);
    }

#if NET
    [Fact]
    public void Sanitize_HttpRequestError_IsKeptWhereTheSdkKnowsIt()
    {
        var clean = (HttpRequestException)s_redactor.Sanitize(new HttpRequestException(HttpRequestError.NameResolutionError, "no host " + Key));

        // HttpRequestError is .NET 8+: the netstandard2.0 build cannot carry it over.
        Assert.Equal(SdkBuild.IsNetStandard ? HttpRequestError.Unknown : HttpRequestError.NameResolutionError, clean.HttpRequestError);
    }
#endif
}

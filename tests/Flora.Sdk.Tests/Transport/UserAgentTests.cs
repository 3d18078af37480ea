using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

public class UserAgentTests
{
    [Fact]
    public void Value_Always_StartsWithProductAndSemanticVersion()
    {
        Assert.Matches(@"^Flora\.Sdk/\d+\.\d+\.\d+\S* \(", UserAgent.Value);
        Assert.DoesNotContain("+", FloraDiagnostics.Version);
    }

    [Fact]
    public void Value_Always_IsAValidUserAgentHeader()
    {
        using var request = new HttpRequestMessage();

        Assert.True(request.Headers.UserAgent.TryParseAdd(UserAgent.Value));
    }

    [Fact]
    public void Value_RuntimeAndOsParentheses_AreBracketedSoTheCommentStaysOne()
    {
        // The runtime and OS descriptions can carry their own parentheses ("Mono 6.8 (Debian ...)"); inside the
        // User-Agent comment they become brackets, so the comment is the one parenthesized part.
        Assert.Equal(1, UserAgent.Value.Count(c => c == '('));
        Assert.Equal(1, UserAgent.Value.Count(c => c == ')'));
        Assert.EndsWith(")", UserAgent.Value);
        Assert.Contains(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.Replace('(', '[').Replace(')', ']'), UserAgent.Value);
        Assert.Equal("Flora.Sdk/" + FloraDiagnostics.Version + " (", UserAgent.Value[..(FloraDiagnostics.Version.Length + 12)]);
    }
}

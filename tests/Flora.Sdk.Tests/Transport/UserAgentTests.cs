using System.Text.RegularExpressions;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

public partial class UserAgentTests
{
    [Fact]
    public void Value_Always_StartsWithProductAndSemanticVersion()
    {
        Assert.Matches(ProductPattern(), UserAgent.Value);
        Assert.DoesNotContain("+", UserAgent.Version);
    }

    [Fact]
    public void Value_Always_IsAValidUserAgentHeader()
    {
        using var request = new HttpRequestMessage();

        Assert.True(request.Headers.UserAgent.TryParseAdd(UserAgent.Value));
    }

    [GeneratedRegex(@"^Flora\.Sdk/\d+\.\d+\.\d+\S* \(")]
    private static partial Regex ProductPattern();
}

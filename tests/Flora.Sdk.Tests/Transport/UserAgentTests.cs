using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

public class UserAgentTests
{
    [Fact]
    public void Value_Always_StartsWithProductAndSemanticVersion()
    {
        Assert.Matches(@"^Flora\.Sdk/\d+\.\d+\.\d+\S* \(", UserAgent.Value);
        Assert.DoesNotContain("+", UserAgent.Version);
    }

    [Fact]
    public void Value_Always_IsAValidUserAgentHeader()
    {
        using var request = new HttpRequestMessage();

        Assert.True(request.Headers.UserAgent.TryParseAdd(UserAgent.Value));
    }
}

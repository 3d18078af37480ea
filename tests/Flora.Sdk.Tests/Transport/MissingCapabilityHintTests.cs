using System.Net;
using Flora.Sdk.Transport;

namespace Flora.Sdk.Tests.Transport;

/// <summary>Which 4xx errors read as a refused source host and get the missing-capability hint.</summary>
public class MissingCapabilityHintTests
{
    [Theory]
    [InlineData(399)]
    [InlineData(500)]
    [InlineData(503)]
    public void For_NotA4xx_IsNull(int status)
    {
        Assert.Null(MissingCapabilityHint.For((HttpStatusCode)status, "host_not_allowlisted", "The host 'x' is not allowlisted", []));
    }

    [Theory]
    [InlineData(400, "host_not_allowlisted")]
    [InlineData(499, "SOURCE_ALLOWLIST")]
    [InlineData(422, "unsupported_host")]
    public void For_CodeNamesTheHostOrAllowlist_IsTheHint(int status, string code)
    {
        Assert.Equal(MissingCapabilityHint.Text, MissingCapabilityHint.For((HttpStatusCode)status, code, null, []));
    }

    [Theory]
    [InlineData("The host 'x.test' is NOT ALLOWLISTED")]
    [InlineData("source host is not allowed")]
    [InlineData("unsupported source host")]
    [InlineData("This host is not supported")]
    [InlineData("host missing from the allowlist")]
    public void For_MessageRefusesAHost_IsTheHint(string message)
    {
        Assert.Equal(MissingCapabilityHint.Text, MissingCapabilityHint.For(HttpStatusCode.BadRequest, "input_validation_error", message, []));
    }

    [Fact]
    public void For_AFieldRefusesAHost_IsTheHint()
    {
        FloraFieldError[] fields = [new("workspace_id", "Required"), new("source", "host is not allowed")];

        Assert.Equal(MissingCapabilityHint.Text, MissingCapabilityHint.For(HttpStatusCode.BadRequest, null, "Invalid", fields));
    }

    [Theory]
    [InlineData("source must be an allowlisted HTTPS URL")]
    [InlineData("the host is down")]
    [InlineData("not allowed")]
    [InlineData(null)]
    public void For_NoHostRefused_IsNull(string? message)
    {
        FloraFieldError[] fields = [new("source", message ?? "Required")];

        Assert.Null(MissingCapabilityHint.For(HttpStatusCode.BadRequest, "input_validation_error", message, fields));
        Assert.Null(MissingCapabilityHint.For(HttpStatusCode.BadRequest, null, message, []));
    }
}

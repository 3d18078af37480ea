using System.Net;

namespace Flora.Sdk.Tests.Errors;

public class FloraExceptionTests
{
    [Fact]
    public void ResponseBody_IsGetOnly_SetOnlyThroughTheConstructors()
    {
        var property = typeof(FloraException).GetProperty(nameof(FloraException.ResponseBody))!;

        Assert.Null(property.SetMethod);
    }

    [Fact]
    public void Constructor_WithResponseBody_KeepsItAndTheCause()
    {
        var cause = new InvalidOperationException("cause");

        var ex = new FloraException("unreadable", cause, "{\"a\":");

        Assert.Equal("{\"a\":", ex.ResponseBody);
        Assert.Same(cause, ex.InnerException);
    }

    [Fact]
    public void ApiException_ResponseBody_ComesFromItsConstructor()
    {
        var ex = new FloraConflictException("conflict", "conflict", responseBody: "{}");

        Assert.Equal("{}", ex.ResponseBody);
    }
}

using System.Net;
using System.Reflection;

namespace Flora.Sdk.Tests.Errors;

/// <summary>Every exception is made once, complete, and cannot change after: no setter of any visibility, no second phase.</summary>
public class ExceptionConstructionTests
{
    private static readonly Type[] s_exceptionTypes =
        [.. typeof(FloraException).Assembly.GetExportedTypes().Where(t => typeof(FloraException).IsAssignableFrom(t))];

    public static TheoryData<string> ExceptionTypes() => [.. s_exceptionTypes.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(ExceptionTypes))]
    public void Properties_HaveNoSetterOfAnyVisibility(string typeName)
    {
        var type = s_exceptionTypes.Single(t => t.Name == typeName);

        var settable = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is not null)
            .Select(p => p.Name);

        Assert.Empty(settable);
    }

    [Fact]
    public void ExceptionTypes_AreFound()
    {
        Assert.Contains(typeof(FloraApiException), s_exceptionTypes);
        Assert.Contains(typeof(FloraNotFoundException), s_exceptionTypes);
        Assert.True(s_exceptionTypes.Length >= 18, string.Join(", ", s_exceptionTypes.Select(t => t.Name)));
    }

    [Fact]
    public void ApiException_MadeByOtherCode_HasNoMethodToCompleteIt()
    {
        // The two-phase construction (a constructor, then WithResponse filling in the rest) is gone.
        var methods = typeof(FloraApiException).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name);

        Assert.Empty(methods);
    }

    [Fact]
    public void StatusSubclasses_TakeNoStatusCode_AndCarryTheirOwn()
    {
        Assert.Equal(HttpStatusCode.BadRequest, new FloraBadRequestException("m").StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, new FloraAuthenticationException("m").StatusCode);
        Assert.Equal(HttpStatusCode.PaymentRequired, new FloraPaymentRequiredException("m").StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, new FloraPermissionDeniedException("m").StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, new FloraNotFoundException("m", "not_found").StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, new FloraConflictException("m").StatusCode);
        Assert.Equal((HttpStatusCode)422, new FloraUnprocessableEntityException("m").StatusCode);
        Assert.Equal((HttpStatusCode)429, new FloraRateLimitException("m").StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, new FloraInternalServerException("m").StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, new FloraInternalServerException("m", statusCode: HttpStatusCode.BadGateway).StatusCode);
    }

    [Fact]
    public void StatusSubclasses_PublicConstructors_HaveNoStatusCodeBeforeTheirOptionalArguments()
    {
        var subclasses = s_exceptionTypes.Where(t => t.BaseType == typeof(FloraApiException));

        foreach (var type in subclasses)
        {
            foreach (var constructor in type.GetConstructors())
            {
                var required = constructor.GetParameters().Where(p => !p.IsOptional);
                Assert.DoesNotContain(required, p => p.ParameterType == typeof(HttpStatusCode));
            }
        }

        Assert.Equal(9, subclasses.Count());
    }
}

using System.Net;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>Response factories for <see cref="StubApi"/> scripts; each call makes a fresh message.</summary>
internal static class Reply
{
    public static Func<HttpRequestMessage, HttpResponseMessage> Json(string json, HttpStatusCode status = HttpStatusCode.OK, params (string Name, string Value)[] headers) =>
        _ => Message(status, json, "application/json", headers);

    public static Func<HttpRequestMessage, HttpResponseMessage> Fixture(string name, HttpStatusCode status = HttpStatusCode.OK, params (string Name, string Value)[] headers) =>
        Json(Fixtures.Read(name), status, headers);

    public static Func<HttpRequestMessage, HttpResponseMessage> Error(HttpStatusCode status, string code, string message, params (string Name, string Value)[] headers) =>
        Json($$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""", status, headers);

    public static Func<HttpRequestMessage, HttpResponseMessage> Status(HttpStatusCode status, params (string Name, string Value)[] headers) =>
        _ => Message(status, null, null, headers);

    public static Func<HttpRequestMessage, HttpResponseMessage> Text(HttpStatusCode status, string body, string mediaType, params (string Name, string Value)[] headers) =>
        _ => Message(status, body, mediaType, headers);

    public static Func<HttpRequestMessage, HttpResponseMessage> Throw(Exception exception) =>
        _ => throw exception;

    private static HttpResponseMessage Message(HttpStatusCode status, string? body, string? mediaType, (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType ?? "text/plain");
        }

        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}

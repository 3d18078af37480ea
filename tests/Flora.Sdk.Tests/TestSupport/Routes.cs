using System.Net;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>Scripted answers by method and URL for <see cref="StepDriver"/>: each route answers its steps in order, the last one repeating.</summary>
internal sealed class Routes
{
    private readonly Dictionary<string, (HttpStatusCode Status, string Body)[]> _routes = [];

    /// <param name="route">The method and the URL, absolute or relative to the test base URL: <c>"GET assets/a_1"</c>.</param>
    /// <param name="steps">The answers, in order.</param>
    public Routes On(string route, params (HttpStatusCode Status, string Body)[] steps)
    {
        var (method, url) = (route[..route.IndexOf(' ')], route[(route.IndexOf(' ') + 1)..]);
        _routes.Add(method + " " + (url.StartsWith("https://", StringComparison.Ordinal) ? url : TestClient.Url(url)), steps);
        return this;
    }

    public (HttpStatusCode Status, string Body) Respond(HttpRequestMessage request, int asked)
    {
        var route = request.Method + " " + request.RequestUri!.GetLeftPart(UriPartial.Path);
        Assert.True(_routes.TryGetValue(route, out var steps), $"Unexpected request {route}");
        return steps![Math.Min(asked, steps.Length) - 1];
    }
}

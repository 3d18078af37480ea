namespace Flora.Sdk.Tests.TestSupport;

/// <summary>Assertions every FLORA API request must pass.</summary>
internal static class RequestAssert
{
    public static void StandardHeaders(RecordedRequest request)
    {
        Assert.Equal("Bearer " + TestClient.ApiKey, request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.StartsWith("Flora.Sdk/", request.Header("User-Agent"));
        if (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put || request.Method.Method == "PATCH")
        {
            var key = request.Header("Idempotency-Key");
            Assert.False(string.IsNullOrWhiteSpace(key), $"a {request.Method} must carry an Idempotency-Key");
        }
        else
        {
            Assert.Null(request.Header("Idempotency-Key"));
        }
    }

    public static void Sent(RecordedRequest request, HttpMethod method, string pathAndQuery)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal("https", request.Uri.Scheme);
        Assert.Equal("api.flora.test", request.Uri.Host);
        Assert.Equal(pathAndQuery, request.PathAndQuery);
        StandardHeaders(request);
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using Flora.Sdk;

namespace Flora.Cli.Commands;

/// <summary>
/// GET /workspaces and GET /projects, which this SDK version has no typed call for yet.
/// TODO(#12): use client.Workspaces.ListAsync and client.Projects.ListAsync when they land, and drop this type.
/// </summary>
internal static class DiscoveryRequest
{
    public static async Task<JsonElement> GetAsync(FloraClientOptions options, string pathAndQuery, string listName, CancellationToken cancellationToken)
    {
        var key = options.ApiKey is { Length: > 0 } k
            ? k
            : throw new FloraException($"No API key: pass --api-key or set {FloraClientOptions.ApiKeyEnvironmentVariable}.");
        var baseUrl = options.BaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        using var http = new HttpClient { Timeout = options.Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(baseUrl), pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var requestId = response.Headers.TryGetValues("request-id", out var ids) ? ids.FirstOrDefault() : null;
        if (!response.IsSuccessStatusCode)
        {
            var (code, message) = ReadError(body);
            throw new FloraApiException($"{(int)response.StatusCode} {code}: {message}", response.StatusCode, code, body, requestId);
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty(listName, out var list) ? list.Clone() : document.RootElement.Clone();
    }

    private static (string? Code, string Message) ReadError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (error.TryGetProperty("code", out var c) ? c.GetString() : null, error.TryGetProperty("message", out var m) ? m.GetString() ?? body : body);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the body itself is the message.
        }

        return (null, body.Length > 200 ? body[..200] : body);
    }
}

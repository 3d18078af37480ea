using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>Plain HttpClient calls to the emulator, for wire rules the SDK's own validation would stop before sending.</summary>
internal sealed class RawApi(FloraEmulator emulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = emulator.BaseUrl };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? apiKey = "default", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey == "default" ? emulator.ApiKey : apiKey);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, byte[]? file, string fileField = "file")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), fileField, "f.bin");
        }

        return _http.PostAsync(new Uri(url), form);
    }

    /// <summary>A direct-bytes create: <c>POST /assets</c> as multipart with the fields and, when given, the bytes in a <c>file</c> part.</summary>
    public Task<HttpResponseMessage> CreateDirectAsync(IEnumerable<KeyValuePair<string, string>> fields, byte[]? file, string fileName = "photo.png", string? partType = null, string? idempotencyKey = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(partType ?? "application/octet-stream");
            form.Add(part, "file", fileName);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "assets") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("error").GetProperty("code").GetString();

    public void Dispose() => _http.Dispose();
}

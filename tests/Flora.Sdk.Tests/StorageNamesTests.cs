using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests;

/// <summary>
/// The storage host (the signed upload target and the asset's download URL) is one transport with storage-neutral
/// names: <see cref="FloraClientOptions.StorageHandler"/> carries uploads and downloads both.
/// </summary>
public class StorageNamesTests
{
    private const string AssetId = "asset_s1";
    private const string UploadTarget = "https://storage.test/bucket/asset_s1";
    private const string FileUrl = "https://cdn.storage.test/files/asset_s1.bin";
    private static readonly byte[] s_bytes = [1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public async Task StorageHandler_CarriesTheUploadsBytesAndTheDownload_TheApiClientNeither()
    {
        var reservation = $$"""
            {"asset_id":"{{AssetId}}","status":"pending_upload","uploaded_via":"signed_url","workspace_id":"ws_1",
             "upload":{"method":"POST","url":"{{UploadTarget}}","form_fields":{"key":"k"} } }
            """;
        var ready = $$"""{"asset_id":"{{AssetId}}","status":"ready","workspace_id":"ws_1","url":"{{FileUrl}}","size_bytes":{{s_bytes.Length}}}""";
        var api = new StubApi()
            .On(HttpMethod.Post, "assets", Reply.Json(reservation, HttpStatusCode.Created))
            .On(HttpMethod.Post, $"assets/{AssetId}/complete", Reply.Json(ready))
            .On(HttpMethod.Get, "assets/" + AssetId, Reply.Json(ready));
        var storage = new StubApi()
            .On(HttpMethod.Post, UploadTarget, Reply.Status(HttpStatusCode.NoContent))
            .On(HttpMethod.Get, FileUrl, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(s_bytes) });
        using var client = new FloraClient(
            new HttpClient(api.Handler),
            new FloraClientOptions { ApiKey = TestClient.ApiKey, BaseUrl = new Uri(TestClient.BaseUrl), StorageHandler = storage.Handler });
        using var destination = new MemoryStream();

        await client.Assets.UploadAsync(new MemoryStream(s_bytes), new AssetUploadParams { WorkspaceId = "ws_1", FileName = "a.png", UploadPath = AssetUploadPath.SignedUrl });
        await client.Assets.DownloadAsync(AssetId, destination);

        Assert.Equal(s_bytes, destination.ToArray());
        Assert.Equal([UploadTarget, FileUrl], storage.Requests.Select(r => r.Uri.AbsoluteUri));
        Assert.DoesNotContain(api.Requests, r => r.Uri.Host != new Uri(TestClient.BaseUrl).Host);
    }

    [Fact]
    public void PublicSurface_HasNoUploadOnlyNameForTheStorageHost()
    {
        var names = typeof(FloraClient).Assembly.GetExportedTypes()
            .SelectMany(type => type
                .GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(member => $"{type.FullName}.{member.Name}")
                .Prepend(type.FullName!));

        var offending = names.Where(name => Regex.IsMatch(name, "UploadHost|UploadHandler")).ToList();

        Assert.Equal([], offending);
    }
}

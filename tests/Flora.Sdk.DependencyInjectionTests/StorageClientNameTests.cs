using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Flora.Sdk.DependencyInjectionTests;

/// <summary>Under <c>AddFloraClient</c> the storage host's bytes go through the named client <c>Flora.Sdk.Storage</c>.</summary>
public sealed class StorageClientNameTests
{
    [Fact]
    public async Task AddFloraClient_DownloadGoesThroughTheNamedClientFloraSdkStorage()
    {
        byte[] bytes = [1, 2, 3, 4];
        var api = new StubHandler();
        var storage = new StubHandler().Then(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) });
        var services = new ServiceCollection();
        services.AddFloraClient(o => o.ApiKey = "sk_test_storage_name").ConfigurePrimaryHttpMessageHandler(() => api);
        services.AddHttpClient("Flora.Sdk.Storage").ConfigurePrimaryHttpMessageHandler(() => storage);
        using var provider = services.BuildServiceProvider();
        using var destination = new MemoryStream();

        await provider.GetRequiredService<IFloraClient>().Assets.DownloadAsync("asset_1", destination);

        Assert.Equal(bytes, destination.ToArray());
        Assert.Equal("https://media.flora.ai/a.png", Assert.Single(storage.Requests).RequestUri!.AbsoluteUri);
        Assert.Null(Assert.Single(storage.Requests).Headers.Authorization);
    }
}

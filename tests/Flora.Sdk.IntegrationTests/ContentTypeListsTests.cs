using Flora.Sdk.Models;
using Flora.Sdk.Testing.Server;

namespace Flora.Sdk.IntegrationTests;

/// <summary>
/// The emulator keeps its own content-type lists (it plays FLORA, independent of the SDK); these tests pin them to the
/// SDK's one table, so the two cannot drift apart unnoticed.
/// </summary>
public class ContentTypeListsTests
{
    [Fact]
    public void AllowedTypes_EmulatorAndSdk_AreTheSameSet()
    {
        Assert.Equal(
            AssetContentTypes.Allowed.Select(t => t.ToLowerInvariant()).Order(),
            AllowedContentTypes.All.Select(t => t.ToLowerInvariant()).Order());
    }

    [Fact]
    public void ExtensionTable_EveryEmulatorExtension_MapsToTheSdksType()
    {
        Assert.NotEmpty(ContentTypeMap.ByExtension);
        Assert.All(ContentTypeMap.ByExtension, pair => Assert.Equal(pair.Value, AssetContentTypes.FromFileName("file" + pair.Key)));
    }

    [Fact]
    public void ExtensionTable_EverySdkExtensionFloraTakes_IsKnownToTheEmulator()
    {
        Assert.All(AssetContentTypes.AllowedExtensions, extension => Assert.Equal(AssetContentTypes.FromFileName("file" + extension), ContentTypeMap.FromFileName("file" + extension)));
    }
}

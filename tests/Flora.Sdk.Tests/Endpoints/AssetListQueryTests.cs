using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;

namespace Flora.Sdk.Tests.Endpoints;

/// <summary>The relative URI of a page of <c>GET /assets</c>: each filter and the cursor escaped, in a fixed order.</summary>
public class AssetListQueryTests
{
    [Fact]
    public void Uri_NoParametersNoCursor_IsThePlainPath()
    {
        Assert.Equal("assets", AssetListQuery.Uri(null, null));
        Assert.Equal("assets", AssetListQuery.Uri(new AssetListParams(), null));
    }

    [Fact]
    public void Uri_EveryParameter_InDocumentedOrderEachEscaped()
    {
        var parameters = new AssetListParams { WorkspaceId = "ws_1", ProjectId = "prj 2", Query = "a&b=c/d+é", Limit = 25 };

        Assert.Equal(
            "assets?workspace_id=ws_1&project_id=prj%202&query=a%26b%3Dc%2Fd%2B%C3%A9&limit=25&cursor=c%2B%2F%3D",
            AssetListQuery.Uri(parameters, "c+/="));
    }

    [Fact]
    public void Uri_OnlyCursor_StartsTheQueryWithIt()
    {
        Assert.Equal("assets?cursor=next", AssetListQuery.Uri(null, "next"));
    }

    [Fact]
    public void Uri_UnsetParameters_AreLeftOut()
    {
        Assert.Equal("assets?query=x", AssetListQuery.Uri(new AssetListParams { Query = "x" }, null));
        Assert.Equal("assets?limit=100", AssetListQuery.Uri(new AssetListParams { Limit = 100 }, null));
    }

    [Fact]
    public void Uri_EmptyStringFilter_IsSentEmptyNotDropped()
    {
        // Only an unset (null) filter is left out; an empty one is what the caller asked for.
        Assert.Equal("assets?query=", AssetListQuery.Uri(new AssetListParams { Query = string.Empty }, null));
    }
}

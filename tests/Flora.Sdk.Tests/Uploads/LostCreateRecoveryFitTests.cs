using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Endpoints;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;
using Flora.Sdk.Uploads;

namespace Flora.Sdk.Tests.Uploads;

/// <summary>
/// LostCreateRecovery.FindAsync field by field: which listed asset fits the lost call, the time window's inclusive ends,
/// what an unknown field on either side allows, how far it pages, and what its refusal says.
/// </summary>
public class LostCreateRecoveryFitTests
{
    private const string ListPath = "/api/v1/assets?workspace_id=ws_1&project_id=prj_1&query=product.png&limit=100";

    private static readonly DateTimeOffset s_started = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The call started at s_started; FindAsync runs 2 minutes later, so the window is [started - 5 min, started + 7 min].
    private static readonly TimeSpan s_callTook = TimeSpan.FromMinutes(2);

    private static readonly LostCreate s_call = new("ws_1", "prj_1", "product.png", "image/png", "direct", [AssetStatus.PendingUpload, AssetStatus.Ready], 700, s_started);

    private static long Ms(TimeSpan offset) => (s_started + offset).ToUnixTimeMilliseconds();

    private static JsonObject Item(string id) => new()
    {
        ["asset_id"] = id,
        ["name"] = "product.png",
        ["content_type"] = "image/png",
        ["status"] = "ready",
        ["uploaded_via"] = "direct",
        ["workspace_id"] = "ws_1",
        ["project_id"] = "prj_1",
        ["created_at"] = Ms(TimeSpan.Zero),
        ["size_bytes"] = 700,
    };

    private static string Page(string? nextCursor, params JsonObject[] items) =>
        new JsonObject { ["assets"] = new JsonArray([.. items]), ["meta"] = new JsonObject { ["next_cursor"] = nextCursor } }.ToJsonString();

    private static FloraConflictException Refused() => new("duplicate", "idempotency_duplicate");

    private static async Task<AssetListResponse> FindAsync(StubApi api, LostCreate call)
    {
        var clock = new TestClock(s_started);
        using var client = api.Client(clock);
        clock.Advance(s_callTook);
        return (await new LostCreateRecovery(new AssetEndpoints(client.Api)).FindAsync(call, Refused(), null, CancellationToken.None)).Value;
    }

    /// <summary>Lists the asset that fits in every field beside a variant of it; the variant either fits too (two candidates) or not (the first is adopted).</summary>
    private static async Task AssertVariantFits(LostCreate call, string field, string? json, bool fits)
    {
        var variant = Item("asset_variant");
        variant[field] = json is null ? null : JsonNode.Parse(json);
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json(Page(null, Item("asset_mine"), variant)));

        if (fits)
        {
            var ex = await Assert.ThrowsAsync<FloraLostCreateException>(() => FindAsync(api, call));
            Assert.Equal(["asset_mine", "asset_variant"], ex.CandidateAssetIds);
        }
        else
        {
            Assert.Equal("asset_mine", (await FindAsync(api, call)).AssetId);
        }
    }

    [Theory]
    [InlineData("asset_id", "\"\"", false)]
    [InlineData("status", "\"pending_upload\"", true)]
    [InlineData("status", "\"processing\"", false)]
    [InlineData("uploaded_via", "\"\"", true)]
    [InlineData("uploaded_via", "\"signed_url\"", false)]
    [InlineData("name", "\"Product.png\"", false)]
    [InlineData("content_type", "\"IMAGE/PNG\"", true)]
    [InlineData("content_type", "\"image/jpeg\"", false)]
    [InlineData("workspace_id", null, true)]
    [InlineData("workspace_id", "\"ws_2\"", false)]
    [InlineData("project_id", "\"prj_2\"", false)]
    [InlineData("size_bytes", null, true)]
    [InlineData("size_bytes", "701", false)]
    [InlineData("created_at", null, false)]
    public async Task FindAsync_AssetDiffersInOneField_FitsOnlyWhenTheFieldAllowsIt(string field, string? json, bool fits) =>
        await AssertVariantFits(s_call, field, json, fits);

    [Theory]
    [InlineData(-5 * 60_000, true)]
    [InlineData((-5 * 60_000) - 1, false)]
    [InlineData(7 * 60_000, true)]
    [InlineData((7 * 60_000) + 1, false)]
    public async Task FindAsync_CreatedAt_FitsFromFiveMinutesBeforeTheCallToFiveMinutesAfterNow(int offsetMs, bool fits) =>
        await AssertVariantFits(s_call, "created_at", Ms(TimeSpan.FromMilliseconds(offsetMs)).ToString(System.Globalization.CultureInfo.InvariantCulture), fits);

    [Theory]
    [InlineData("content_type", "\"image/jpeg\"")]
    [InlineData("project_id", "\"prj_2\"")]
    [InlineData("size_bytes", "701")]
    public async Task FindAsync_CallDidNotSayTheField_AnyValueFits(string field, string json)
    {
        var call = field switch
        {
            "content_type" => s_call with { ContentType = null },
            "project_id" => s_call with { ProjectId = null },
            _ => s_call with { SizeBytes = null },
        };

        await AssertVariantFits(call, field, json, fits: true);
    }

    [Fact]
    public async Task FindAsync_ListsByWorkspaceProjectAndFileName()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json(Page(null, Item("asset_mine"))));

        await FindAsync(api, s_call);
        await FindAsync(api, s_call with { ProjectId = null });

        Assert.Equal([ListPath, ListPath.Replace("&project_id=prj_1", "", StringComparison.Ordinal)], api.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task FindAsync_EveryPageHasANextCursor_StopsAfterTenPages()
    {
        var other = Item("asset_other");
        other["name"] = "other.png";
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json(Page("more", other)));

        var ex = await Assert.ThrowsAsync<FloraLostCreateException>(() => FindAsync(api, s_call));

        Assert.Empty(ex.CandidateAssetIds);
        Assert.Equal(10, api.Count);
        Assert.DoesNotContain("cursor", api.Requests[0].PathAndQuery);
        Assert.All(api.Requests.Skip(1), r => Assert.EndsWith("&cursor=more", r.PathAndQuery));
    }

    [Fact]
    public async Task FindAsync_EmptyNextCursor_IsTheLastPage()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json(Page("", Item("asset_mine"))));

        Assert.Equal("asset_mine", (await FindAsync(api, s_call)).AssetId);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public async Task FindAsync_SeveralFit_MessageNamesTheCallAndEveryCandidate()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json(Page(null, Item("asset_a"), Item("asset_b"))));

        var ex = await Assert.ThrowsAsync<FloraLostCreateException>(() => FindAsync(api, s_call));

        Assert.StartsWith("FLORA created an asset for 'product.png' in workspace 'ws_1', but its answer was lost, and 2 assets fit it (asset_a, asset_b)", ex.Message);
        Assert.Contains("upload again with a new idempotency key", ex.Message);
        Assert.IsType<FloraConflictException>(ex.InnerException);
    }

    [Fact]
    public async Task FindAsync_NoneFits_MessageSaysSo()
    {
        var api = new StubApi().On(HttpMethod.Get, "assets", Reply.Json(Page(null)));

        var ex = await Assert.ThrowsAsync<FloraLostCreateException>(() => FindAsync(api, s_call));

        Assert.Contains("answer was lost, and no asset fits it; nothing was adopted.", ex.Message);
    }
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Techniques;

public class TechniqueServiceTests
{
    private const string TechniqueJson =
        """{"technique_id":"tech_upscale","name":"Upscale","description":"Makes it bigger","run_cost":0.25,"inputs":[{"id":"image","name":"Image","type":"imageUrl","optional":false,"allow_multiple":true,"accepts_element":true,"description":"d","specified_aspect_ratio":"16:9","specified_duration":5.5,"hint":"x"}],"outputs":[{"id":"out","name":"Result","type":"imageUrl"}],"tags":["new"]}""";

    [Fact]
    public async Task RetrieveAsync_ValidId_GetsTheTechniqueAndReadsEveryField()
    {
        var api = new StubApi().On(HttpMethod.Get, "techniques/tech_upscale", Reply.Json(TechniqueJson));
        using var client = api.Client();

        var technique = await client.Techniques.RetrieveAsync("tech_upscale");

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/techniques/tech_upscale");
        Assert.Null(api.Single().Body);
        Assert.Equal("tech_upscale", technique.TechniqueId);
        Assert.Equal("Upscale", technique.Name);
        Assert.Equal("Makes it bigger", technique.Description);
        Assert.Equal(0.25m, technique.RunCost);
        var input = Assert.Single(technique.Inputs);
        Assert.Equal(("image", "Image", "imageUrl"), (input.Id, input.Name, input.Type));
        Assert.Equal((false, true, true), (input.Optional, input.AllowMultiple, input.AcceptsElement));
        Assert.Equal(("d", "16:9", 5.5), (input.Description, input.SpecifiedAspectRatio, input.SpecifiedDuration));
        Assert.Equal("x", input.AdditionalProperties["hint"].GetString());
        Assert.Equal("out", Assert.Single(technique.Outputs).Id);
        Assert.Equal("new", technique.AdditionalProperties["tags"][0].GetString());
        Assert.False(technique.AdditionalProperties.ContainsKey("inputs"));
    }

    [Fact]
    public async Task RetrieveAsync_FieldsLeftOut_ReadAsEmptyStringsAndEmptyLists()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"inputs":null,"outputs":[{}]}"""));
        using var client = api.Client();

        var technique = await client.Techniques.RetrieveAsync("slug-name");

        Assert.Equal(string.Empty, technique.TechniqueId);
        Assert.Equal(string.Empty, technique.Name);
        Assert.Null(technique.Description);
        Assert.Equal(0m, technique.RunCost);
        Assert.Empty(technique.Inputs);
        var output = Assert.Single(technique.Outputs);
        Assert.Equal((string.Empty, string.Empty, string.Empty), (output.Id, output.Name, output.Type));
        Assert.Null(output.Optional);
    }

    [Fact]
    public async Task RetrieveAsync_IdWithSlash_IsEscapedAsOneSegment()
    {
        var api = new StubApi().OnAny(Reply.Json(TechniqueJson));
        using var client = api.Client();

        await client.Techniques.RetrieveAsync("a/b?c");

        Assert.Equal("/api/v1/techniques/a%2Fb%3Fc", api.Single().PathAndQuery);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task RetrieveAsync_InvalidId_ThrowsWithoutSending(string techniqueId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.RetrieveAsync(techniqueId));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.WithRawResponse.RetrieveAsync(techniqueId));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task WithRawResponse_RetrieveAsync_HasStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json(TechniqueJson, HttpStatusCode.OK, ("request-id", "req_t")));
        using var client = api.Client();

        var raw = await client.Techniques.WithRawResponse.RetrieveAsync("tech_upscale");

        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("req_t", raw.RequestId);
        Assert.Equal("tech_upscale", raw.Value.TechniqueId);
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsTheCursorAndSendsTheFilters()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "techniques?workspace_id=ws_1&query=up%20scale&limit=1&cursor=c%2B2", Reply.Json(
                """{"techniques":[{"technique_id":"tech_b","name":"B"}],"meta":{"next_cursor":null}}"""))
            .On(HttpMethod.Get, "techniques?workspace_id=ws_1&query=up%20scale&limit=1", Reply.Json(
                """{"techniques":[{"technique_id":"tech_a","name":"A"}],"meta":{"next_cursor":"c+2"}}"""));
        using var client = api.Client();

        var ids = new List<string>();
        await foreach (var technique in client.Techniques.ListAsync(new TechniqueListParams { WorkspaceId = "ws_1", Query = "up scale", Limit = 1 }))
        {
            ids.Add(technique.TechniqueId);
        }

        Assert.Equal(["tech_a", "tech_b"], ids);
        Assert.Equal(
            ["/api/v1/techniques?workspace_id=ws_1&query=up%20scale&limit=1", "/api/v1/techniques?workspace_id=ws_1&query=up%20scale&limit=1&cursor=c%2B2"],
            api.Requests.Select(r => r.PathAndQuery));
        RequestAssert.StandardHeaders(api.Requests[0]);
    }

    [Fact]
    public async Task ListAsync_NoParameters_GetsThePlainPath()
    {
        var api = new StubApi().On(HttpMethod.Get, "techniques", Reply.Json("""{"techniques":[]}"""));
        using var client = api.Client();

        await foreach (var _ in client.Techniques.ListAsync())
        {
        }

        Assert.Equal("/api/v1/techniques", api.Single().PathAndQuery);
    }

    [Fact]
    public async Task WithRawResponse_ListPageAsync_GetsOnePageWithItsCursorAndStatus()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"techniques":[{"technique_id":"tech_a"}],"meta":{"next_cursor":"n1","total_estimate":7}}""", HttpStatusCode.OK, ("request-id", "req_p")));
        using var client = api.Client();

        var raw = await client.Techniques.WithRawResponse.ListPageAsync(new TechniqueListParams { Cursor = "c1" });

        Assert.Equal("/api/v1/techniques?cursor=c1", api.Single().PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("req_p", raw.RequestId);
        Assert.Equal("n1", raw.Value.NextCursor);
        Assert.Equal(7, raw.Value.TotalEstimate);
        Assert.Equal("tech_a", Assert.Single(raw.Value.Items).TechniqueId);
    }

    [Theory]
    [InlineData("abc", null, null, null)]
    [InlineData("", null, null, null)]
    [InlineData(null, 0, null, null)]
    [InlineData(null, 101, null, null)]
    [InlineData(null, null, "", null)]
    [InlineData(null, null, null, " ")]
    public async Task ListAsync_InvalidParameters_ThrowsAtOnceWithoutSending(string? workspaceId, int? limit, string? cursor, string? query)
    {
        var api = new StubApi();
        using var client = api.Client();
        var parameters = new TechniqueListParams { WorkspaceId = workspaceId, Limit = limit, Cursor = cursor, Query = query };

        Assert.ThrowsAny<ArgumentException>(() => client.Techniques.ListAsync(parameters));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Techniques.WithRawResponse.ListPageAsync(parameters));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public void Client_Techniques_IsMadeOnceAndItsRunsToo()
    {
        using var client = new StubApi().Client();

        Assert.Same(client.Techniques, client.Techniques);
        Assert.Same(client.Techniques.Runs, client.Techniques.Runs);
        Assert.Same(client.Generations, client.Generations);
        Assert.Same(client.Models, client.Models);
    }
}

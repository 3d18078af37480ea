using System.Net;
using System.Text.Json;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.ModelCatalog;

public class ModelServiceTests
{
    private const string ModelsJson =
        """{"models":[{"model_id":"flux-pro","name":"Flux Pro","provider":"bfl","type":"image","capabilities":["text-to-image"],"estimated_credits":4.5,"estimated_seconds":12,"beta":true,"params":[{"name":"seed","type":"seed","required":false,"default":42,"description":"d","label":"Seed","min":0,"max":99,"options":[{"label":"A","value":"a"}],"properties":{"w":{"default":1,"min":0,"max":2}}}],"family":"flux"},{}]}""";

    [Fact]
    public async Task ListAsync_NoType_GetsModelsAndReadsEveryField()
    {
        var api = new StubApi().On(HttpMethod.Get, "models", Reply.Json(ModelsJson));
        using var client = api.Client();

        var response = await client.Models.ListAsync();

        RequestAssert.Sent(api.Single(), HttpMethod.Get, "/api/v1/models");
        Assert.Equal(2, response.Models.Count);
        var model = response.Models[0];
        Assert.Equal(("flux-pro", "Flux Pro", "bfl", "image"), (model.ModelId, model.Name, model.Provider, model.Type));
        Assert.Equal(["text-to-image"], model.Capabilities);
        Assert.Equal((4.5m, 12, true), (model.EstimatedCredits, model.EstimatedSeconds, model.Beta));
        Assert.Equal("flux", model.AdditionalProperties["family"].GetString());
        var param = Assert.Single(model.Params);
        Assert.Equal(("seed", "seed", false, "d"), (param.Name, param.Type, param.Required, param.Description));
        Assert.Equal(42, param.Default!.Value.GetInt32());
        Assert.Equal(("Seed", 0d, 99d), (param.Label, param.Min, param.Max));
        Assert.Equal("a", param.AdditionalProperties["options"][0].GetProperty("value").GetString());
        Assert.Equal(2, param.AdditionalProperties["properties"].GetProperty("w").GetProperty("max").GetInt32());
    }

    [Fact]
    public async Task ListAsync_EmptyModel_ReadsAsEmptyStringsAndListsNeverNull()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"models":[{"params":[{}]}]}"""));
        using var client = api.Client();

        var model = Assert.Single((await client.Models.ListAsync()).Models);

        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty), (model.ModelId, model.Name, model.Provider, model.Type));
        Assert.Empty(model.Capabilities);
        Assert.Null(model.Beta);
        var param = Assert.Single(model.Params);
        Assert.Equal((string.Empty, string.Empty, false), (param.Name, param.Type, param.Required));
        Assert.Null(param.Default);
    }

    [Fact]
    public async Task ListAsync_NoModelsField_IsAnEmptyList()
    {
        var api = new StubApi().OnAny(Reply.Json("{}"));
        using var client = api.Client();

        Assert.Empty((await client.Models.ListAsync()).Models);
    }

    [Fact]
    public async Task ListAsync_Type_IsSentEscapedInTheQuery()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"models":[]}"""));
        using var client = api.Client();

        await client.Models.ListAsync(new ModelListParams { Type = GenerationType.Video });
        await client.Models.ListAsync(new ModelListParams { Type = "a b" });

        Assert.Equal("/api/v1/models?type=video", api.Requests[0].PathAndQuery);
        Assert.Equal("/api/v1/models?type=a%20b", api.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task WithRawResponse_ListAsync_HasStatusAndHeaders()
    {
        var api = new StubApi().OnAny(Reply.Json(ModelsJson, HttpStatusCode.OK, ("request-id", "req_m")));
        using var client = api.Client();

        var raw = await client.Models.WithRawResponse.ListAsync(new ModelListParams { Type = GenerationType.Image });

        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("req_m", raw.RequestId);
        Assert.Equal("flux-pro", raw.Value.Models[0].ModelId);
    }

    [Fact]
    public async Task ListAsync_BlankType_ThrowsWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Models.ListAsync(new ModelListParams { Type = " " }));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public void ModelParam_DefaultFromTwoParses_CompareEqual()
    {
        var options = JsonSerializer.Deserialize<JsonElement>("""{"name":"seed","default":{"a":1}}""");
        var one = new ModelParam { Name = "seed", Default = options.GetProperty("default") };
        var two = new ModelParam { Name = "seed", Default = JsonSerializer.Deserialize<JsonElement>("""{ "a" : 1 }""") };

        Assert.Equal(one, two);
        Assert.Equal(one.GetHashCode(), two.GetHashCode());
    }
}

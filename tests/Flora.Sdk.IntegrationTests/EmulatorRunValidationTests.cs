using System.Net;
using Flora.Sdk.Testing;

namespace Flora.Sdk.IntegrationTests;

/// <summary>What the emulator refuses when a run starts: inputs FLORA would refuse, and a callback_url that is not https (or http on loopback).</summary>
public sealed class EmulatorRunValidationTests
{
    [Theory]
    [InlineData("""[{"id":"picture","type":"imageUrl","value":"https://media.flora.ai/a.png"}]""", "inputs[0]")]
    [InlineData("""[{"id":"notes","type":"text","value":"only the optional one"}]""", "inputs")]
    [InlineData("""[{"id":"image","type":"text","value":"https://media.flora.ai/a.png"}]""", "inputs[0]")]
    [InlineData("""[{"id":"image","type":"imageUrl","value":"http://media.flora.ai/a.png"}]""", "inputs[0]")]
    [InlineData("""[{"id":"image","type":"imageUrl","value":"http://127.0.0.1:1/files/asset_x/a.png"}]""", "inputs[0]")]
    public async Task CreateTechniqueRun_BadInputs_Answers400WithTheField(string inputs, string field)
    {
        await using var emulator = await FloraEmulator.StartAsync();
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Post, "techniques/tech_emulator_upscale/runs", $$"""{"inputs":{{inputs}},"mode":"async"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await RawApi.JsonAsync(response)).GetProperty("error");
        Assert.Equal("input_validation_error", error.GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("fields")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("http://example.com/hook", HttpStatusCode.BadRequest)]
    [InlineData("http://10.0.0.5/hook", HttpStatusCode.BadRequest)]
    [InlineData("ftp://127.0.0.1/hook", HttpStatusCode.BadRequest)]
    [InlineData("http://127.0.0.1:9/hook", HttpStatusCode.Created)]
    [InlineData("http://localhost:9/hook", HttpStatusCode.Created)]
    [InlineData("https://example.com/hook", HttpStatusCode.Created)]
    public async Task CallbackUrl_HttpOnlyOnLoopback_ElseHttps(string callback, HttpStatusCode expected)
    {
        await using var emulator = await FloraEmulator.StartAsync(new FloraEmulatorOptions { ProcessingTime = TimeSpan.FromHours(1) });
        using var api = new RawApi(emulator);

        using var response = await api.SendAsync(HttpMethod.Post, "generate",
            EmulatorRunTests.Json(new { workspace_id = emulator.WorkspaceId, project_id = emulator.ProjectId, type = "image", prompt = "p", callback_url = callback }));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal("callback_url", (await RawApi.JsonAsync(response)).GetProperty("error").GetProperty("fields")[0].GetProperty("field").GetString());
        }
    }
}

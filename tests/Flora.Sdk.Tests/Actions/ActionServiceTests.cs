using System.Net;
using System.Text.Json.Nodes;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Actions;

public class ActionServiceTests
{
    private const string RunJson =
        """{"run_id":"run_1","type":"action","charged_cost":0.01,"estimated_seconds":null,"poll_url":"https://api.flora.test/api/v1/runs/run_1","project_id":"prj_1","action":{"action_id":"color-grade-image-browser"},"queued":true}""";

    private const string DefinitionJson =
        """{"action_id":"rotate-image-browser","name":"Rotate","description":"Rotates an image","language":"javascript","charged_cost":0.002,"inputs":[{"name":"image","type":"image","multiple":{"min":1,"max":4},"optional":false}],"outputs":[{"name":"image","type":"image","multiple":true,"dynamic":true}],"params":[{"key":"angle","type":"number","default_value":90,"label":"Angle","min_number_value":-360,"max_number_value":360,"number_step":1,"available_values":[{"label":"Quarter","value":"90","description":"a quarter turn","icon":"q"}]}],"category":"image"}""";

    private static ColorGradeImageActionParams ColorGrade => new()
    {
        Inputs = [ActionInput.Image("https://cdn.test/a.png")],
        ProjectId = "prj_1",
        WorkspaceId = "ws_1",
        Params = new() { Brightness = 10, Saturation = 1.5 },
    };

    [Fact]
    public async Task ListAsync_GetsActions_ReadsEachDefinitionWithItsSlotsAndParams()
    {
        var api = new StubApi().On(HttpMethod.Get, "actions", Reply.Json("{\"actions\":[" + DefinitionJson + "],\"total\":1}"));
        using var client = api.Client();

        var list = await client.Actions.ListAsync();

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Get, "/api/v1/actions");
        Assert.Null(request.Body);
        Assert.Equal(1, list.AdditionalProperties["total"].GetInt32());
        var action = Assert.Single(list.Actions);
        Assert.Equal(ActionIds.RotateImage, action.ActionId);
        Assert.Equal(("Rotate", "Rotates an image", "javascript", 0.002m), (action.Name, action.Description, action.Language, action.ChargedCost));
        Assert.Equal((true, 1, 4, false), (action.Inputs[0].Multiple, action.Inputs[0].MinConnections, action.Inputs[0].MaxConnections, action.Inputs[0].Optional));
        Assert.Equal((true, null, null, true), (action.Outputs[0].Multiple, action.Outputs[0].MinConnections, action.Outputs[0].MaxConnections, action.Outputs[0].Dynamic));
        var param = Assert.Single(action.Params);
        Assert.Equal(("angle", "number", 90, "Angle"), (param.Key, param.Type, param.DefaultValue!.Value.GetInt32(), param.Label));
        Assert.Equal((-360d, 360d, 1d), (param.MinNumberValue, param.MaxNumberValue, param.NumberStep));
        Assert.Equal(("Quarter", "90", "a quarter turn"), (param.AvailableValues[0].Label, param.AvailableValues[0].Value, param.AvailableValues[0].Description));
        Assert.Equal("q", param.AvailableValues[0].AdditionalProperties["icon"].GetString());
        Assert.Equal("image", action.AdditionalProperties["category"].GetString());
        Assert.False(action.AdditionalProperties.ContainsKey("multiple"));
    }

    [Fact]
    public async Task RetrieveAsync_Slug_GetsTheActionAtItsEscapedPath()
    {
        var api = new StubApi().OnAny(Reply.Json(DefinitionJson));
        using var client = api.Client();

        var action = await client.Actions.RetrieveAsync(ActionIds.RotateImage);
        await client.Actions.RetrieveAsync("a/b?c");

        RequestAssert.Sent(api.Requests[0], HttpMethod.Get, "/api/v1/actions/rotate-image-browser");
        Assert.Equal("/api/v1/actions/a%2Fb%3Fc", api.Requests[1].PathAndQuery);
        Assert.Equal("Rotate", action.Name);
    }

    [Fact]
    public async Task RetrieveAsync_EmptyOrNullFields_ReadAsEmptyNeverNull()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"action_id":null,"inputs":null,"params":[{"available_values":null}],"outputs":[{"multiple":false}]}"""));
        using var client = api.Client();

        var action = await client.Actions.RetrieveAsync("rotate-image-browser");

        Assert.Equal((string.Empty, string.Empty, string.Empty, string.Empty), (action.ActionId, action.Name, action.Description, action.Language));
        Assert.Empty(action.Inputs);
        Assert.Equal((string.Empty, string.Empty), (action.Params[0].Key, action.Params[0].Type));
        Assert.Empty(action.Params[0].AvailableValues);
        Assert.Null(action.Params[0].DefaultValue);
        Assert.False(action.Outputs[0].Multiple);
    }

    [Fact]
    public async Task RunAsync_TypedColorGrade_PostsFlorasBodyAndReadsTheRunIdTheRunServiceTakes()
    {
        var api = new StubApi().On(HttpMethod.Post, "runs/action", Reply.Json(RunJson, HttpStatusCode.Created));
        using var client = api.Client();

        var run = await client.Actions.RunAsync(ColorGrade);

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/runs/action");
        Assert.Equal(
            """{"action_id":"color-grade-image-browser","inputs":[{"type":"image","url":"https://cdn.test/a.png"}],"project_id":"prj_1","workspace_id":"ws_1","params":{"brightness":10,"saturation":1.5}}""",
            request.BodyText);
        Assert.Equal(("run_1", "action", 0.01m, null), (run.RunId, run.Type, run.ChargedCost, run.EstimatedSeconds));
        Assert.Equal(("color-grade-image-browser", "prj_1"), (run.ActionId, run.ProjectId));
        Assert.True(run.AdditionalProperties["queued"].GetBoolean());
        Assert.False(run.AdditionalProperties.ContainsKey("action"));
    }

    public static TheoryData<ActionRunParams, string> NestedParams => new()
    {
        {
            new OverlayImageActionParams
            {
                Inputs = [ActionInput.Image("https://cdn.test/base.png", "base"), ActionInput.Image("https://cdn.test/top.png", "overlay")],
                ProjectId = "prj_1",
                WorkspaceId = "ws_1",
                Params = new() { Blend = "multiply", Center = new() { X = 0.5, Y = 0.25 }, Opacity = 0.8, Size = new() { X = 0.3, Y = 0.3 } },
            },
            """{"action_id":"overlay-image-browser","inputs":[{"type":"image","name":"base","url":"https://cdn.test/base.png"},{"type":"image","name":"overlay","url":"https://cdn.test/top.png"}],"project_id":"prj_1","workspace_id":"ws_1","params":{"blend":"multiply","center":{"x":0.5,"y":0.25},"opacity":0.8,"size":{"x":0.3,"y":0.3}}}"""
        },
        {
            new Scene3DImageActionParams
            {
                Inputs = [ActionInput.Image("https://cdn.test/a.png")],
                ProjectId = "prj_1",
                WorkspaceId = "ws_1",
                Params = new() { AspectRatio = "16:9", Rotation = new() { X = 0, Y = 45, Z = 0 } },
            },
            """{"action_id":"scene-3d-image-browser","inputs":[{"type":"image","url":"https://cdn.test/a.png"}],"project_id":"prj_1","workspace_id":"ws_1","params":{"aspect_ratio":"16:9","rotation":{"x":0,"y":45,"z":0}}}"""
        },
        {
            new ExtractVideoFramesActionParams
            {
                Inputs = [ActionInput.Video("https://cdn.test/v.mp4")],
                ProjectId = "prj_1",
                WorkspaceId = "ws_1",
                Params = new() { Range = new() { Min = 0, Max = 50 } },
            },
            """{"action_id":"extract-video-frames","inputs":[{"type":"video","url":"https://cdn.test/v.mp4"}],"project_id":"prj_1","workspace_id":"ws_1","params":{"range":{"max":50,"min":0}}}"""
        },
        {
            new ConcatTextActionParams
            {
                Inputs = [ActionInput.FromText("a"), ActionInput.FromText("b")],
                ProjectId = "prj_1",
                WorkspaceId = "ws_1",
            },
            """{"action_id":"concat-text-browser","inputs":[{"type":"text","text":"a"},{"type":"text","text":"b"}],"project_id":"prj_1","workspace_id":"ws_1"}"""
        },
    };

    [Theory]
    [MemberData(nameof(NestedParams))]
    public async Task RunAsync_TypedRecord_SendsExactlyTheBodyFlorasSdkSends(ActionRunParams parameters, string expected)
    {
        var api = new StubApi().OnAny(Reply.Json(RunJson));
        using var client = api.Client();

        await client.Actions.RunAsync(parameters);

        Assert.Equal(SameNumbers(expected), SameNumbers(api.Single().BodyText));
    }

    // System.Text.Json on .NET Framework writes a double with all 17 digits (0.8 as 0.80000000000000004): the same number
    // to every JSON reader, but not the same text. There, each number is compared by its value.
    private static string? SameNumbers(string? json) =>
#if NETFRAMEWORK
        json is null ? null : System.Text.RegularExpressions.Regex.Replace(
            json,
            @"(?<=[:\[,])-?\d+(\.\d+)?([eE][+-]?\d+)?(?=[,\]}])",
            m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
#else
        json;
#endif

    [Fact]
    public async Task RunAsync_SlugAndJsonObject_SendsTheActionFlorasSdkDoesNotTypeYet()
    {
        var api = new StubApi().OnAny(Reply.Json(RunJson));
        using var client = api.Client();

        await client.Actions.RunAsync(
            "sharpen-image-browser", "ws_1", "prj_1", [ActionInput.Image("https://cdn.test/a.png")], new JsonObject { ["amount"] = 2, ["mode"] = new JsonObject { ["x"] = "y" } });
        await client.Actions.RunAsync("sharpen-image-browser", "ws_1", "prj_1", [ActionInput.Audio("https://cdn.test/a.mp3")], null);

        Assert.All(api.Requests, r => RequestAssert.Sent(r, HttpMethod.Post, "/api/v1/runs/action"));
        Assert.Equal(
            """{"action_id":"sharpen-image-browser","inputs":[{"type":"image","url":"https://cdn.test/a.png"}],"project_id":"prj_1","workspace_id":"ws_1","params":{"amount":2,"mode":{"x":"y"}}}""",
            api.Requests[0].BodyText);
        Assert.Equal(
            """{"action_id":"sharpen-image-browser","inputs":[{"type":"audio","url":"https://cdn.test/a.mp3"}],"project_id":"prj_1","workspace_id":"ws_1"}""",
            api.Requests[1].BodyText);
    }

    [Fact]
    public async Task RunAsync_RetriedAfter503_SendsTheSameIdempotencyKeyAndBodyTwice()
    {
        var api = new StubApi().OnAny(
            Reply.Error(HttpStatusCode.ServiceUnavailable, "service_unavailable", "busy", ("retry-after-ms", "0")),
            Reply.Json(RunJson));
        using var client = api.Client();

        await client.Actions.RunAsync(ColorGrade);

        Assert.Equal(2, api.Count);
        Assert.False(string.IsNullOrEmpty(api.Requests[0].Header("Idempotency-Key")));
        Assert.Equal(api.Requests[0].Header("Idempotency-Key"), api.Requests[1].Header("Idempotency-Key"));
        Assert.Equal(api.Requests[0].BodyText, api.Requests[1].BodyText);
    }

    [Fact]
    public async Task WithRawResponse_EveryCall_AnswersTheStatusAndHeadersWithTheSameValue()
    {
        var api = new StubApi()
            .On(HttpMethod.Get, "actions", Reply.Json("{\"actions\":[]}", HttpStatusCode.OK, ("x-request-id", "req_1")))
            .On(HttpMethod.Get, "actions/rotate-image-browser", Reply.Json(DefinitionJson, HttpStatusCode.OK, ("x-request-id", "req_2")))
            .On(HttpMethod.Post, "runs/action", Reply.Json(RunJson, HttpStatusCode.Created, ("x-request-id", "req_3")));
        using var client = api.Client();
        var raw = client.Actions.WithRawResponse;

        var list = await raw.ListAsync();
        var one = await raw.RetrieveAsync("rotate-image-browser");
        var typed = await raw.RunAsync(ColorGrade);
        var untyped = await raw.RunAsync("rotate-image-browser", "ws_1", "prj_1", [ActionInput.Image("https://cdn.test/a.png")], null);

        Assert.Equal((HttpStatusCode.OK, "req_1"), (list.StatusCode, list.RequestId));
        Assert.Empty(list.Value.Actions);
        Assert.Equal((HttpStatusCode.OK, "req_2", "Rotate"), (one.StatusCode, one.RequestId, one.Value.Name));
        Assert.Equal((HttpStatusCode.Created, "req_3", "run_1"), (typed.StatusCode, typed.RequestId, typed.Value.RunId));
        Assert.Equal(typed.Value, untyped.Value);
        Assert.Equal(await client.Actions.RunAsync(ColorGrade), typed.Value);
    }

    [Fact]
    public async Task RunAsync_AnswerWithoutRunIdOrType_ReadsEmptyStrings()
    {
        var api = new StubApi().OnAny(Reply.Json("""{"charged_cost":0}"""));
        using var client = api.Client();

        var run = await client.Actions.RunAsync(ColorGrade);

        Assert.Equal((string.Empty, string.Empty, null), (run.RunId, run.Type, run.ActionId));
    }
}

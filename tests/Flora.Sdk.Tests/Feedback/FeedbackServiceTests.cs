using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Feedback;

public class FeedbackServiceTests
{
    private const string Answer = """{"feedback_id":"fb_1","received_at":1764547200000,"status":"queued"}""";

    [Fact]
    public async Task RecordAsync_RequiredFieldsOnly_PostsThemAndLeavesUnsetFieldsOut()
    {
        var api = new StubApi().On(HttpMethod.Post, "feedback", Reply.Json(Answer, HttpStatusCode.Created));
        using var client = api.Client();

        var result = await client.Feedback.RecordAsync(new FeedbackRecordParams
        {
            Kind = FeedbackKind.MissingCapability,
            Summary = "Need Instagram CDN URLs",
            Detail = "assets.create refused scontent.cdninstagram.com",
        });

        var request = api.Single();
        RequestAssert.Sent(request, HttpMethod.Post, "/api/v1/feedback");
        Assert.Equal(
            """{"kind":"missing_capability","summary":"Need Instagram CDN URLs","detail":"assets.create refused scontent.cdninstagram.com"}""",
            request.BodyText);
        Assert.DoesNotContain("null", request.BodyText, StringComparison.Ordinal);
        Assert.Equal("fb_1", result.FeedbackId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764547200000), result.ReceivedAt);
        Assert.Equal("queued", result.AdditionalProperties["status"].GetString());
    }

    [Fact]
    public async Task RecordAsync_EveryField_SendsTheDocumentedNames()
    {
        var api = new StubApi().OnAny(Reply.Json(Answer));
        using var client = api.Client();

        await client.Feedback.RecordAsync(new FeedbackRecordParams
        {
            Kind = FeedbackKind.Bug,
            Summary = "s",
            Detail = "d",
            AttemptedTools = ["assets.create", "upload-asset"],
            WorkspaceId = "ws_1",
            ProjectId = "prj_1",
            RunId = "run_1",
        }, new RequestOptions { IdempotencyKey = "fb-key" });

        var request = api.Single();
        Assert.Equal(
            """{"kind":"bug","summary":"s","detail":"d","attempted_tools":["assets.create","upload-asset"],"workspace_id":"ws_1","project_id":"prj_1","run_id":"run_1"}""",
            request.BodyText);
        Assert.Equal("fb-key", request.Header("Idempotency-Key"));
    }

    [Fact]
    public void FeedbackKind_Values_AreTheWireValues()
    {
        Assert.Equal("feature_request", FeedbackKind.FeatureRequest);
        Assert.Equal("bug", FeedbackKind.Bug);
        Assert.Equal("technique_request", FeedbackKind.TechniqueRequest);
        Assert.Equal("missing_capability", FeedbackKind.MissingCapability);
    }

    public static TheoryData<FeedbackRecordParams> InvalidParams() =>
    [
        new() { Kind = "", Summary = "s", Detail = "d" },
        new() { Kind = "bug report", Summary = "s", Detail = "d" },
        new() { Kind = "bug", Summary = " ", Detail = "d" },
        new() { Kind = "bug", Summary = "s", Detail = "" },
        new() { Kind = "bug", Summary = "s", Detail = "d", AttemptedTools = ["ok", " "] },
        new() { Kind = "bug", Summary = "s", Detail = "d", WorkspaceId = "workspace" },
        new() { Kind = "bug", Summary = "s", Detail = "d", ProjectId = "p_1" },
        new() { Kind = "bug", Summary = "s", Detail = "d", RunId = "r_1" },
    ];

    [Theory]
    [MemberData(nameof(InvalidParams))]
    public async Task RecordAsync_InvalidParams_ThrowsArgumentExceptionWithoutSending(FeedbackRecordParams parameters)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Feedback.RecordAsync(parameters));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task RecordAsync_BadRequest_ThrowsWithTheFields()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"error":{"code":"input_validation_error","message":"kind is not valid","fields":[{"field":"kind","message":"unknown kind"}]}}""",
            HttpStatusCode.BadRequest));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() =>
            client.Feedback.RecordAsync(new FeedbackRecordParams { Kind = "praise", Summary = "s", Detail = "d" }));

        Assert.Equal("kind", Assert.Single(ex.Fields).Field);
    }

    [Fact]
    public async Task WithRawResponse_RecordAsync_HasStatusAndRequestId()
    {
        var api = new StubApi().OnAny(Reply.Json(Answer, HttpStatusCode.Created, ("request-id", "req_f")));
        using var client = api.Client();

        var raw = await client.Feedback.WithRawResponse.RecordAsync(new FeedbackRecordParams { Kind = "bug", Summary = "s", Detail = "d" });

        Assert.Equal(HttpStatusCode.Created, raw.StatusCode);
        Assert.Equal("req_f", raw.RequestId);
        Assert.Equal("fb_1", raw.Value.FeedbackId);
    }
}

using System.Net;
using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Errors;

/// <summary>A URL source refused because its host is not allowlisted says how to ask for it (seed 004).</summary>
public class MissingCapabilityHintTests
{
    private static readonly AssetCreateParams s_fromUrl = new() { Source = "https://scontent.cdninstagram.com/a.jpg", WorkspaceId = "ws_1" };

    [Fact]
    public async Task CreateAsync_HostNotAllowlistedField_MessageNamesMissingCapabilityFeedback()
    {
        var api = new StubApi().OnAny(Reply.Json(
            """{"error":{"code":"input_validation_error","message":"The asset request is not valid.","fields":[{"field":"source","message":"The host 'scontent.cdninstagram.com' is not allowlisted for server-side fetch."}]}}""",
            HttpStatusCode.BadRequest));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.CreateAsync(s_fromUrl));

        Assert.Contains("missing_capability", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Feedback.RecordAsync", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input_validation_error", "Source host is not allowed: scontent.cdninstagram.com")]
    [InlineData("input_validation_error", "Unsupported source host")]
    [InlineData("source_host_not_allowlisted", "Refused.")]
    public async Task CreateAsync_HostRefusedInMessageOrCode_MessageNamesMissingCapability(string code, string message)
    {
        var api = new StubApi().OnAny(Reply.Error(HttpStatusCode.BadRequest, code, message));
        using var client = api.Client();

        var ex = await Assert.ThrowsAsync<FloraBadRequestException>(() => client.Assets.CreateAsync(s_fromUrl));

        Assert.Contains("missing_capability", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "input_validation_error", "source must be \"signed-url\" or an allowlisted HTTPS URL.")]
    [InlineData(HttpStatusCode.BadRequest, "input_validation_error", "workspace_id is required")]
    [InlineData(HttpStatusCode.InternalServerError, "unknown_error", "The host 'x' is not allowlisted")]
    public async Task CreateAsync_OtherErrors_HaveNoMissingCapabilityHint(HttpStatusCode status, string code, string message)
    {
        var api = new StubApi().OnAny(Reply.Error(status, code, message));
        using var client = api.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAnyAsync<FloraApiException>(() => client.Assets.CreateAsync(s_fromUrl));

        Assert.DoesNotContain("missing_capability", ex.Message, StringComparison.Ordinal);
    }
}

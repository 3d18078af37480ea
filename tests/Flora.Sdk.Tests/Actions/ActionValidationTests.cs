using Flora.Sdk.Models;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests.Actions;

/// <summary>Every rule of the action calls refuses before anything is sent.</summary>
public class ActionValidationTests
{
    public static TheoryData<string?> BadSlugs => [null, "", "   ", ".", "..", "rotate image"];

    [Theory]
    [MemberData(nameof(BadSlugs))]
    public async Task RetrieveAsync_BadSlug_ThrowsWithoutSending(string? actionId)
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Actions.RetrieveAsync(actionId!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Actions.WithRawResponse.RetrieveAsync(actionId!));
        Assert.Equal(0, api.Count);
    }

    [Theory]
    [MemberData(nameof(BadSlugs))]
    public async Task RunAsync_BadSlug_ThrowsWithoutSending(string? actionId)
    {
        var api = new StubApi();
        using var client = api.Client();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => client.Actions.RunAsync(actionId!, "ws_1", "prj_1", [ActionInput.Image("https://cdn.test/a.png")], null));
        Assert.Equal("actionId", ex.ParamName);
        Assert.Equal(0, api.Count);
    }

    public static TheoryData<string?, string?, string> BadIds => new()
    {
        { "abc", "prj_1", "parameters.WorkspaceId" },
        { "ws_", "prj_1", "parameters.WorkspaceId" },
        { null, "prj_1", "parameters.WorkspaceId" },
        { "..", "prj_1", "parameters.WorkspaceId" },
        { "ws_1", "abc", "parameters.ProjectId" },
        { "ws_1", "", "parameters.ProjectId" },
        { "ws_1", null, "parameters.ProjectId" },
        { "ws_1", "prj_1 ", "parameters.ProjectId" },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task RunAsync_TypedWithBadWorkspaceOrProject_ThrowsNamingTheMemberWithoutSending(string? workspaceId, string? projectId, string member)
    {
        var api = new StubApi();
        using var client = api.Client();
        var parameters = new RotateImageActionParams { Inputs = [ActionInput.Image("https://cdn.test/a.png")], WorkspaceId = workspaceId!, ProjectId = projectId! };

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Actions.RunAsync(parameters));
        Assert.Equal(member, ex.ParamName);
        Assert.Equal(0, api.Count);
    }

    public static TheoryData<IReadOnlyList<ActionInput>?> BadInputs => new()
    {
        null,
        Array.Empty<ActionInput>(),
        new ActionInput[] { null! },
        new[] { new ActionInput { Type = " ", Url = "https://cdn.test/a.png" } },
        new[] { ActionInput.Image("https://cdn.test/a.png"), new ActionInput { Type = null!, Text = "t" } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task RunAsync_NoInputOrAnInputWithoutType_ThrowsWithoutSending(IReadOnlyList<ActionInput>? inputs)
    {
        var api = new StubApi();
        using var client = api.Client();

        var typed = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => client.Actions.RunAsync(new RotateImageActionParams { Inputs = inputs!, WorkspaceId = "ws_1", ProjectId = "prj_1" }));
        var untyped = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Actions.RunAsync("rotate-image-browser", "ws_1", "prj_1", inputs!, null));
        Assert.Equal("parameters.Inputs", typed.ParamName);
        Assert.Equal("inputs", untyped.ParamName);
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task RunAsync_NullRecord_ThrowsWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Actions.RunAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Actions.WithRawResponse.RunAsync(null!));
        Assert.Equal(0, api.Count);
    }

    [Fact]
    public async Task RunAsync_UntypedWithBadIds_ThrowsNamingTheArgumentWithoutSending()
    {
        var api = new StubApi();
        using var client = api.Client();
        IReadOnlyList<ActionInput> inputs = [ActionInput.Image("https://cdn.test/a.png")];

        Assert.Equal("workspaceId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Actions.RunAsync("x", "prj_1", "prj_1", inputs, null))).ParamName);
        Assert.Equal("projectId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Actions.RunAsync("x", "ws_1", "ws_1", inputs, null))).ParamName);
        Assert.Equal(0, api.Count);
    }
}

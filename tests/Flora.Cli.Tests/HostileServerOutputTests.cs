using System.Text.Json;

namespace Flora.Cli.Tests;

/// <summary>
/// Issue 26, attack 7: a server's text (error messages, asset names, ids, URLs, field names) never reaches the terminal
/// raw. A loopback server answers with ANSI/OSC escapes, BEL, CR/LF and bidi overrides; the tool runs as a process.
/// </summary>
public sealed class HostileServerOutputTests
{
    private const string ApiKey = "sk_live_HOSTILE_OUTPUT_5c2e";

    // Clear the screen, set the window title, ring the bell, fake a second line, reverse what follows.
    private const string Hostile = @"\u001b[2J\u001b]0;pwned\u0007\r\nerror: 0 ok: all good\u009b31m\u202Egnp.exe\u2028x";

    [Fact]
    public async Task Attack7_ErrorMessageWithEscapes_IsOneSafeLine()
    {
        await using var api = LoopbackServer.Answering(
            400, $$$"""{"error":{"code":"bad{{{Hostile}}}","message":"refused {{{Hostile}}}","fields":[{"field":"name","message":"{{{Hostile}}}"}]}}""");

        var run = await FloraTool.RunAsync(["assets", "retrieve", "asset_1"], Env(api));

        Assert.True(run.ExitCode == 1, run.ToString());
        AssertTerminalSafe(run.Stderr);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("refused", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack7_NonApiErrorWithEscapes_IsOneSafeLine()
    {
        // 200 with a body that is not an asset: the SDK's own message quotes the server's reason.
        await using var api = LoopbackServer.Answering(200, $$$"""{"asset_id":["{{{Hostile}}}"],"status":"ready"}""");

        var run = await FloraTool.RunAsync(["assets", "retrieve", "asset_1"], Env(api));

        Assert.True(run.ExitCode == 1, run.ToString());
        AssertTerminalSafe(run.Stderr);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("jsonl")]
    public async Task Attack7_AssetFieldsWithEscapes_AreSafeInEveryFormat(string format)
    {
        await using var api = LoopbackServer.Answering(
            200, $$$"""{"asset_id":"asset_1{{{Hostile}}}","status":"ready","name":"{{{Hostile}}}","url":"https://cdn.flora.invalid/{{{Hostile}}}","content_type":"image/png"}""");

        var run = await FloraTool.RunAsync(["assets", "retrieve", "asset_1", "--format", format], Env(api));

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertTerminalSafe(run.Stdout);
        Assert.Contains("gnp.exe", run.Stdout, StringComparison.Ordinal);
        if (format != "table")
        {
            // JSON escapes what it cannot print; parsed back, the server's text is intact.
            var asset = JsonDocument.Parse(run.Stdout).RootElement;
            Assert.Contains("\u001b]0;pwned\u0007", asset.GetProperty("name").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public async Task Attack7_ApiCommand_FieldNamesAndValuesWithEscapes_AreSafe(string format)
    {
        await using var api = LoopbackServer.Answering(200, $$$"""{"k{{{Hostile}}}":"v{{{Hostile}}}","n":{"inner":"{{{Hostile}}}"},"arr" :	[1,2]}""");

        var run = await FloraTool.RunAsync(["api", "GET", "projects/prj_1", "--format", format], Env(api));

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertTerminalSafe(run.Stdout);
    }

    [Fact]
    public async Task Attack7_List_RowsWithEscapes_AreSafe()
    {
        await using var api = LoopbackServer.Answering(
            200, $$$"""{"workspaces":[{"workspace_id":"ws_1","name":"{{{Hostile}}}"},{"workspace_id":"ws_2{{{Hostile}}}","name":"b"}],"meta":{"next_cursor":null}}""");

        var run = await FloraTool.RunAsync(["workspaces", "list", "--format", "table"], Env(api));

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertTerminalSafe(run.Stdout);
    }

    [Fact]
    public async Task Attack7_VerboseLogLines_AreSafe()
    {
        await using var api = LoopbackServer.Answering(503, $$$"""{"error":{"message":"{{{Hostile}}}"}}""", ("x-request-id", "req_1\u001b[2J"));

        var run = await FloraTool.RunAsync(["assets", "retrieve", "asset_1", "--verbose"], Env(api));

        Assert.True(run.ExitCode == 1, run.ToString());
        AssertTerminalSafe(run.Stderr);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("jsonl")]
    public async Task Attack7_UploadReport_AssetIdWithEscapes_IsSafe(string format)
    {
        // The direct create answers an id of the server's choosing; the progress line and the report print it.
        await using var api = LoopbackServer.Answering(
            201, $$$"""{"asset_id":"asset_1{{{Hostile}}}","status":"ready","name":"a.png","content_type":"image/png","url":"https://cdn.flora.invalid/a.png"}""");
        using var files = new TestFiles().Generate(1, mixedSizes: false);

        var run = await FloraTool.RunAsync(["assets", "upload", files.Folder, "-w", "ws_1", "--format", format], Env(api));

        AssertTerminalSafe(run.Stdout);
        AssertTerminalSafe(run.Stderr);
    }

    /// <summary>Only printable text and line feeds: no C0 or C1 control, no DEL, no bidi override or isolate, no U+2028.</summary>
    private static void AssertTerminalSafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unsafeChar = (c < ' ' && c != '\n') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';
            Assert.False(unsafeChar, $"U+{(int)c:X4} at {i} in: {text.Replace("\u001b", "<ESC>", StringComparison.Ordinal)}");
        }
    }

    private static Dictionary<string, string?> Env(LoopbackServer api) => FloraTool.Env(new Uri(api.Url, "api/v1/"), ApiKey);
}

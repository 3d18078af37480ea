using Flora.Cli.Commands;

namespace Flora.Cli.Tests;

/// <summary>How <c>flora actions run</c> reads its <c>--param</c> and <c>--input</c> values.</summary>
public sealed class ActionInputsTests
{
    [Fact]
    public void ParseParams_JsonWhenItParses_ElseString()
    {
        var body = ActionCommands.ParseParams(["brightness=0.2", "advanced=true", "list=[1,2]", "name=red fox", "empty="])!;

        Assert.Equal(0.2, body["brightness"]!.GetValue<double>());
        Assert.True(body["advanced"]!.GetValue<bool>());
        Assert.Equal(2, body["list"]!.AsArray().Count);
        Assert.Equal("red fox", body["name"]!.GetValue<string>());
        Assert.Equal(string.Empty, body["empty"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=1")]
    public void ParseParams_NotKeyValue_IsRefused(string pair) =>
        Assert.Throws<ArgumentException>(() => ActionCommands.ParseParams([pair]));

    [Fact]
    public void ParseParams_KeyTwice_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ActionCommands.ParseParams(["a=1", "a=2"]));

    [Theory]
    [InlineData("https://example.com/fox.png", "image")]
    [InlineData("https://example.com/clip.mp4", "video")]
    [InlineData("https://example.com/song.mp3", "audio")]
    [InlineData("a red fox", "text")]
    public void ParseInput_ByKind(string value, string type) => Assert.Equal(type, ActionCommands.ParseInput(value).Type);
}

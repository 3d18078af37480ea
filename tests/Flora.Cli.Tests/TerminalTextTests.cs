namespace Flora.Cli.Tests;

/// <summary><see cref="TerminalText.Line"/> against the attacks: what a hostile server would print to a terminal.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[2Jcleared", "\uFFFD[2Jcleared")]
    [InlineData("\u001b]0;title\u0007", "\uFFFD]0;title\uFFFD")]
    [InlineData("\u009b31mred", "\uFFFD31mred")]
    [InlineData("a\r\nb\nc\rd\te", "a b c d e")]
    [InlineData("x\u2028y\u2029z", "x y z")]
    [InlineData("invoice\u202Egnp.exe", "invoice\uFFFDgnp.exe")]
    [InlineData("\u2066a\u2069\u200F\u061C", "\uFFFDa\uFFFD\uFFFD\uFFFD")]
    [InlineData("nul\0del\u007f", "nul\uFFFDdel\uFFFD")]
    [InlineData(null, "")]
    public void Line_ReplacesControlsAndBidi(string? text, string expected) => Assert.Equal(expected, TerminalText.Line(text));

    [Theory]
    [InlineData("asset_abc123")]
    [InlineData("Café – 東京 📷.png")]
    [InlineData("https://cdn.flora.invalid/a%20b.png?x=1")]
    public void Line_PrintableText_IsReturnedAsIs(string text) => Assert.Same(text, TerminalText.Line(text));
}

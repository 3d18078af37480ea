// .NET-only test APIs (temp directories, Path.Join): the net472 leg of Flora.Sdk.Tests.NetStandard skips these;
// its net10.0 leg runs them against the netstandard2.0 build.
#if NET
using System.Text;

namespace Flora.Sdk.Tests.Downloads;

/// <summary><see cref="SafeFileName"/> against the names a hostile server sends (issue 26), then the names it must keep.</summary>
public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("../x")]
    [InlineData("..\\x")]
    [InlineData("/etc/passwd")]
    [InlineData("\\\\server\\share\\x")]
    [InlineData("a/b.png")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("...")]
    [InlineData(".bashrc")]
    [InlineData(". .")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("clip\n.png")]
    [InlineData("clip\u0000.png")]
    [InlineData("clip\u001b[31m.png")]
    [InlineData("gnp.\u202Eexe")]
    [InlineData("CON")]
    [InlineData("con")]
    [InlineData("NUL")]
    [InlineData("nul.tar.gz")]
    [InlineData("con.txt")]
    [InlineData("COM1")]
    [InlineData("com9.log")]
    [InlineData("LPT1")]
    [InlineData("lpt1 .txt")]
    [InlineData("COM\u00B9")]
    [InlineData("CONIN$")]
    [InlineData("AUX.")]
    public void From_HostileName_IsRefused(string name) => Assert.Null(SafeFileName.From(name));

    [Fact]
    public void From_LoneSurrogate_IsRefused()
    {
        Assert.Null(SafeFileName.From(new string(['b', '\uD800', '.', 'p', 'n', 'g'])));
        Assert.Null(SafeFileName.From(new string(['b', '\uDC00', '.', 'p', 'n', 'g'])));
    }

    [Theory]
    [InlineData("clip.png", "clip.png")]
    [InlineData("my photo (final).JPG", "my photo (final).JPG")]
    [InlineData("Screen Shot 10:30.png", "Screen Shot 10_30.png")]
    [InlineData("a<b>c\"d|e?f*g.txt", "a_b_c_d_e_f_g.txt")]
    [InlineData("C:evil.txt", "C_evil.txt")]
    [InlineData("clip.png.", "clip.png")]
    [InlineData("clip.png  ", "clip.png")]
    [InlineData("console.log", "console.log")]
    [InlineData("COM10", "COM10")]
    [InlineData("nullable.cs", "nullable.cs")]
    [InlineData("fiche-été-😀.png", "fiche-été-😀.png")]
    [InlineData("a..b", "a..b")]
    public void From_OrdinaryName_KeptOrMadeSafe(string name, string expected) => Assert.Equal(expected, SafeFileName.From(name));

    [Fact]
    public void From_LongNames_LegalOnesKept_LongerOnesShortenedBeforeTheExtension()
    {
        var legal = new string('n', 240) + ".png";
        Assert.Equal(legal, SafeFileName.From(legal));

        var tooLong = new string('é', 300) + ".png";
        var shortened = SafeFileName.From(tooLong)!;
        Assert.EndsWith("é.png", shortened, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(shortened), 250, SafeFileName.MaxBytes);

        var emoji = new string('x', 1) + string.Concat(Enumerable.Repeat("😀", 100));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(SafeFileName.From(emoji)!)));
    }

    [Theory]
    [InlineData(null, "asset_1", "asset_1")]
    [InlineData("../x", "asset_1", "asset_1")]
    [InlineData(null, "../x", "___x")]
    [InlineData(".bashrc", "/abs/path", "_abs_path")]
    [InlineData("", "con", "asset_con")]
    [InlineData("CON", "lpt1", "asset_lpt1")]
    [InlineData("clip.png", "../x", "clip.png")]
    public void ForAsset_UnusableName_FallsBackToTheIdMadeSafe(string? name, string assetId, string expected) =>
        Assert.Equal(expected, SafeFileName.ForAsset(name, assetId));

    [Fact]
    public void ForAsset_LongId_IsCut() => Assert.Equal(100, SafeFileName.ForAsset(null, new string('a', 500)).Length);

    [Theory]
    [InlineData("clip.png", 1, "clip (1).png")]
    [InlineData("clip", 2, "clip (2)")]
    [InlineData("archive.tar.gz", 3, "archive.tar (3).gz")]
    public void Numbered_AddsTheNumberBeforeTheExtension(string name, int number, string expected) =>
        Assert.Equal(expected, SafeFileName.Numbered(name, number));

    [Fact]
    public void Numbered_NameAtTheLimit_StaysWithinIt()
    {
        var numbered = SafeFileName.Numbered(new string('n', 251) + ".png", 12);
        Assert.Equal(SafeFileName.MaxBytes, numbered.Length);
        Assert.EndsWith(" (12).png", numbered, StringComparison.Ordinal);
        Assert.Equal(numbered, SafeFileName.From(numbered));
    }

    [Fact]
    public void InFolder_SafeName_IsDirectlyInsideTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "flora-safe");
        Assert.Equal(Path.Combine(Path.GetFullPath(folder), "clip.png"), SafeFileName.InFolder(folder + Path.DirectorySeparatorChar, "clip.png"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData(".bashrc")]
    [InlineData("con.txt")]
    [InlineData("sub/clip.png")]
    public void InFolder_UnsafeName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => SafeFileName.InFolder(Path.GetTempPath(), name));
}
#endif

using System.Text;

namespace Flora.Cli;

/// <summary>
/// The one function every string from outside (a server's error message, an asset's name, id or URL, a token typed on
/// the command line) passes through before the tool prints it as text: one line, with no control characters, so a
/// server cannot move the cursor, rewrite the terminal's title, fake a line of output or reverse the text around it.
/// </summary>
internal static class TerminalText
{
    /// <summary>What a control or formatting character is shown as.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// <paramref name="text"/> as one safe line: CR, LF, CRLF, tab and the Unicode line and paragraph separators become a
    /// space; every other C0 or C1 control character (ESC, BEL, DEL, CSI, OSC, ...) and every bidirectional override,
    /// embedding or isolate becomes <see cref="Replacement"/>.
    /// </summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var index = 0;
        while (index < text.Length && !IsUnsafe(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length).Append(text, 0, index);
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
            {
                continue;
            }

            safe.Append(!IsUnsafe(c) ? c : c is '\r' or '\n' or '\t' or '\u2028' or '\u2029' ? ' ' : Replacement);
        }

        return safe.ToString();
    }

    /// <summary><see cref="Line"/>, escaped for Spectre.Console markup (<c>Markup.Escape</c> alone keeps control characters).</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Line(text));

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029'

        // Bidirectional embeddings and overrides (LRE..RLO), isolates (LRI..PDI), and the marks that steer them.
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}

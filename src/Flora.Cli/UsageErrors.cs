using System.CommandLine;
using System.CommandLine.Parsing;

namespace Flora.Cli;

/// <summary>
/// The parser's errors as lines safe to print. A mistyped option (<c>--apikey sk_...</c>) leaves its value unmatched,
/// and the parser would quote it back: the value after an unknown option, or given with it (<c>--apikey=...</c>), is
/// never repeated, since it may be the API key.
/// </summary>
internal static class UsageErrors
{
    private const string NotShown = "(value not shown)";

    public static IEnumerable<string> Lines(ParseResult parsed, IReadOnlyList<string> args)
    {
        var secrets = Secrets(parsed, args);
        var withheld = new List<string>();
        foreach (var error in parsed.Errors)
        {
            var message = error.Message;
            var drop = false;
            foreach (var (value, option) in secrets)
            {
                if (value.StartsWith(option, StringComparison.Ordinal))
                {
                    // --apikey=sk_...: name the option, not its value.
                    message = message.Replace(value, option + "=" + NotShown, StringComparison.Ordinal);
                }
                else if (message.Contains($"'{value}'", StringComparison.Ordinal))
                {
                    drop = true;
                    withheld.Add(option);
                }
                else if (value.Length >= 8)
                {
                    message = message.Replace(value, NotShown, StringComparison.Ordinal);
                }
            }

            if (!drop)
            {
                yield return "error: " + TerminalText.Line(message);
            }
        }

        foreach (var option in withheld.Distinct())
        {
            yield return $"error: the value after '{TerminalText.Line(option)}' is not shown, in case it is a secret." + Suggestion(parsed, option);
        }
    }

    /// <summary>
    /// Each value to withhold, with the unknown option it came with. An unknown option may have been taken as a command's
    /// argument (<c>assets retrieve --apikey sk_...</c>), so every token that starts with '-' and names no option counts.
    /// </summary>
    private static List<(string Value, string Option)> Secrets(ParseResult parsed, IReadOnlyList<string> args)
    {
        var known = new HashSet<string>(KnownOptions(parsed).SelectMany(o => o.Aliases.Append(o.Name)), StringComparer.Ordinal);
        var secrets = new List<(string, string)>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            var split = token.IndexOfAny(['=', ':']);
            var name = split > 0 ? token[..split] : token;
            if (!token.StartsWith('-') || token is "-" or "--" || known.Contains(name))
            {
                continue;
            }

            if (split > 0)
            {
                secrets.Add((token, name));
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                secrets.Add((args[i + 1], token));
            }
        }

        return secrets;
    }

    /// <summary>The options of the command that ran and of every command above it.</summary>
    private static IEnumerable<Option> KnownOptions(ParseResult parsed)
    {
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            foreach (var option in result.Command.Options)
            {
                yield return option;
            }
        }
    }

    /// <summary>" Did you mean '--api-key'?" when the unknown option is a known one spelt without or with other dashes.</summary>
    private static string Suggestion(ParseResult parsed, string unknown)
    {
        var match = KnownOptions(parsed).FirstOrDefault(o => Letters(o.Name) == Letters(unknown));
        return match is null ? string.Empty : $" Did you mean '{match.Name}'?";
    }

    private static string Letters(string option) => new([.. option.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
}

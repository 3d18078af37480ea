using System.CommandLine;

namespace Flora.Cli;

/// <summary>
/// Every option that more than one command takes, declared once with its parser and validation. A command asks for
/// its own instance (a description may name what the command does with it); the name, aliases and rules are these.
/// </summary>
internal static class SharedOptions
{
    /// <summary>How long a wait takes when <c>--wait-timeout</c> is not given, in seconds (the SDK's default, 2 minutes).</summary>
    public const double DefaultWaitSeconds = 120;

    public static Option<string?> WorkspaceId(bool required) =>
        new("--workspace-id", "-w") { Description = "The workspace id (ws_…).", Required = required };

    public static Option<string?> ProjectId(bool required, string description = "The project id (prj_…).") =>
        new("--project-id", "-p") { Description = description, Required = required };

    public static Option<string?> Folder() =>
        new("--folder", "-f") { Description = "The destination folder in FLORA." };

    public static Option<string?> FileName(string description) => new("--file-name") { Description = description };

    public static Option<string?> ContentType(string description) => new("--content-type") { Description = description };

    public static Option<bool> AllowUnknownType(string description) => new("--allow-unknown-type") { Description = description };

    public static Option<string?> Query() => new("--query") { Description = "Search text." };

    /// <summary>An asset id, given as the argument or with <c>--asset-id</c>.</summary>
    public static IdInput AssetId() => new(
        new Option<string?>("--asset-id") { Description = "The asset id (or give it as the argument)." },
        new Argument<string?>("asset-id") { Description = "The asset id.", Arity = ArgumentArity.ZeroOrOne });

    /// <summary>A project id, given as the argument or with <c>--project-id</c>.</summary>
    public static IdInput ProjectIdInput() => new(
        ProjectId(required: false),
        new Argument<string?>("project-id") { Description = "The project id (prj_…).", Arity = ArgumentArity.ZeroOrOne });

    /// <summary><c>--limit</c>, <c>--cursor</c> and <c>--max-items</c> of a command that follows every page.</summary>
    public static PageInput Pages(string what) => new(
        new Option<int?>("--limit") { Description = "Page size, 1 to 100." },
        new Option<string?>("--cursor") { Description = "Start from this page cursor." },
        new Option<int?>("--max-items") { Description = $"Stop after this many {what} (default: all)." });

    /// <summary><c>--concurrency</c>, 1 to 64 (default 4); read it with <see cref="ConcurrencyOf"/>.</summary>
    public static Option<int> Concurrency(string what) =>
        new("--concurrency", "-c") { Description = $"{what} at once, 1 to 64.", DefaultValueFactory = _ => 4 };

    /// <summary>The value of <see cref="Concurrency"/>; an <see cref="ArgumentException"/> (exit 2, nothing sent) outside 1 to 64.</summary>
    public static int ConcurrencyOf(ParseResult parse, Option<int> option) =>
        parse.GetValue(option) is var value and >= 1 and <= 64 ? value : throw new ArgumentException("--concurrency must be 1 to 64.");

    /// <summary><c>--wait-timeout</c> in seconds (default 120); read it with <see cref="WaitTimeoutOf"/>.</summary>
    public static Option<double> WaitTimeout(string description) =>
        new("--wait-timeout") { Description = description, DefaultValueFactory = _ => DefaultWaitSeconds };

    /// <summary>The wait as a time span; an <see cref="ArgumentException"/> (exit 2, nothing sent) when it is not a number of seconds above 0.</summary>
    public static TimeSpan WaitTimeoutOf(ParseResult parse, Option<double> option) =>
        parse.GetValue(option) is var seconds && double.IsFinite(seconds) && seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException("--wait-timeout must be a number of seconds above 0.");
}

/// <summary>An id a command takes as its argument or with an option, as FLORA's CLI does.</summary>
internal sealed record IdInput(Option<string?> Option, Argument<string?> Argument)
{
    /// <summary>The id from the option, else the argument; an <see cref="ArgumentException"/> (exit 2) when neither is given.</summary>
    public string Value(ParseResult parse) =>
        parse.GetValue(Option) ?? parse.GetValue(Argument) ?? throw new ArgumentException($"Give the id as an argument or with {Option.Name}.");
}

/// <summary>The paging options of a list command, and the one way such a command writes every item.</summary>
internal sealed record PageInput(Option<int?> Limit, Option<string?> Cursor, Option<int?> MaxItems)
{
    /// <summary>Writes every item of <paramref name="list"/>, called with the page size and cursor, up to <c>--max-items</c>.</summary>
    public Task WriteAllAsync<T>(ParseResult parse, CliOutput output, Func<int?, string?, IAsyncEnumerable<T>> list, CancellationToken cancellationToken) =>
        output.WriteAllAsync(list(parse.GetValue(Limit), parse.GetValue(Cursor)), parse.GetValue(MaxItems), cancellationToken);
}

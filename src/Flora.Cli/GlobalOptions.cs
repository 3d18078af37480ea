using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Flora.Sdk;

namespace Flora.Cli;

/// <summary>The options every command takes, and the client and output they configure.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = $"The FLORA API key (default: ${FloraClientOptions.ApiKeyEnvironmentVariable}). It is never printed, but a key on the command line " +
                      "is visible to other users of this machine (shell history, ps): prefer the environment variable or --api-key-stdin.",
        Recursive = true,
    };

    public static readonly Option<bool> ApiKeyStdin = new("--api-key-stdin")
    {
        Description = "Read the FLORA API key from the first line of standard input (for example: secret-tool lookup flora key | flora ...).",
        Recursive = true,
    };

    public static readonly Option<Uri?> BaseUrl = new("--base-url")
    {
        Description = $"The API base URL (default: ${FloraClientOptions.BaseUrlEnvironmentVariable}, else https://app.flora.ai/api/v1). " +
                      "https, or plain http to a loopback host such as a local emulator.",
        Recursive = true,

        // System.CommandLine has no converter for Uri: without this parser any value crashed the tool.
        CustomParser = ParseBaseUrl,
    };

    public static readonly Option<OutputFormat?> Format = new("--format")
    {
        Description = "table, json or jsonl (default: table in a terminal, json otherwise).",
        Recursive = true,
    };

    public static readonly Option<int?> MaxRetries = new("--max-retries")
    {
        Description = "Retries after a failed attempt (429, 5xx, a dropped connection, a timeout), 0 to 10 (default: 2).",
        Recursive = true,
        CustomParser = result => Parsed(result, int.TryParse(Token(result), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10, n, "--max-retries must be 0 to 10 (0 turns retries off)."),
    };

    public static readonly Option<double?> Timeout = new("--timeout")
    {
        Description = "Seconds each attempt may take, reading the answer included, above 0 and at most 3600 (default: 60).",
        Recursive = true,
        CustomParser = result => Parsed(result, double.TryParse(Token(result), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s is > 0 and <= 3600, s, "--timeout must be seconds above 0 and at most 3600, such as 30 or 2.5."),
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print each request line (method, path, status, timing) to stderr; never a key.",
        Recursive = true,
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    // A custom parser, not a validator: System.CommandLine's own number parsing crashed the tool on a word (exit 134).
    private static T? Parsed<T>(ArgumentResult result, bool valid, T value, string error)
        where T : struct
    {
        if (valid)
        {
            return value;
        }

        result.AddError(error);
        return null;
    }

    /// <summary>An absolute http or https URL, else a usage error; the value is not repeated (it may hold a user name or password).</summary>
    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        result.AddError("--base-url must be an absolute https URL (or http to a loopback host), such as https://app.flora.ai/api/v1.");
        return null;
    }

    /// <summary>The output of this run: the format asked for, or the default for where stdout goes.</summary>
    public static CliOutput Output(ParseResult parse) =>
        new(parse.GetValue(Format) ?? (Console.IsOutputRedirected ? OutputFormat.Json : OutputFormat.Table), parse.InvocationConfiguration.Output ?? Console.Out, parse.InvocationConfiguration.Error ?? Console.Error);

    /// <summary>A client from the options and environment; throws <see cref="FloraException"/> when no key is set.</summary>
    public static FloraClient Client(ParseResult parse) => new(ClientOptions(parse));

    /// <summary>The client options from the command line and environment.</summary>
    public static FloraClientOptions ClientOptions(ParseResult parse)
    {
        var options = new FloraClientOptions();
        if (parse.GetValue(ApiKeyStdin))
        {
            options.ApiKey = Console.In.ReadLine()?.Trim() is { Length: > 0 } piped
                ? piped
                : throw new FloraException("--api-key-stdin was given but standard input held no key: pipe the key in, one line.");
        }
        else if (parse.GetValue(ApiKey) is { Length: > 0 } key)
        {
            options.ApiKey = key;
        }

        if (parse.GetValue(BaseUrl) is { } url)
        {
            options.BaseUrl = url;
        }

        if (parse.GetValue(MaxRetries) is { } maxRetries)
        {
            options.MaxRetries = maxRetries;
        }

        if (parse.GetValue(Timeout) is { } seconds)
        {
            options.Timeout = TimeSpan.FromSeconds(seconds);
        }

        if (parse.GetValue(Verbose))
        {
            options.LoggerFactory = new StderrLoggerFactory(parse.InvocationConfiguration.Error ?? Console.Error);
        }

        return options;
    }
}

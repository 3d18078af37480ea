namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    public static void ApiKey(string? apiKey, string paramName)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new FloraException(
                $"No FLORA API key: set the {FloraClientOptions.ApiKeyEnvironmentVariable} environment variable or FloraClientOptions.ApiKey.");
        }

        if (apiKey.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException(
                "The API key contains whitespace or control characters: copy it again without spaces or line breaks.",
                paramName);
        }
    }

    public static void BaseUrl(Uri? baseUrl, string paramName)
    {
        if (baseUrl is null)
        {
            throw new ArgumentNullException(paramName, "BaseUrl is required; leave the default for FLORA's API (https://app.flora.ai/api/v1).");
        }

        if (!baseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"BaseUrl '{baseUrl}' is relative: pass an absolute URL such as https://app.flora.ai/api/v1.", paramName);
        }

        if (baseUrl.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }

        if (baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)
        {
            return;
        }

        throw new ArgumentException(
            baseUrl.Scheme == Uri.UriSchemeHttp
                ? $"BaseUrl '{baseUrl}' uses plain http, which would send the API key unencrypted: use https (plain http is allowed only for loopback hosts such as a local emulator)."
                : $"BaseUrl '{baseUrl}' must be an https URL such as https://app.flora.ai/api/v1.",
            paramName);
    }

    public static void MaxRetries(int? maxRetries, string paramName)
    {
        if (maxRetries is < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, maxRetries, "MaxRetries cannot be negative: use 0 to disable retries.");
        }
    }

    public static void Timeout(TimeSpan? timeout, string paramName)
    {
        if (timeout is { } value && value != System.Threading.Timeout.InfiniteTimeSpan && value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Timeout must be positive, or Timeout.InfiniteTimeSpan to wait without limit.");
        }
    }

    public static void RequestOptions(RequestOptions? options, string paramName)
    {
        if (options is null)
        {
            return;
        }

        // Callers pass nameof(options): with it the member names are constants, so a valid call builds no strings.
        const string Usual = "options";
        var usual = paramName == Usual;
        MaxRetries(options.MaxRetries, usual ? $"{Usual}.{nameof(Sdk.RequestOptions.MaxRetries)}" : $"{paramName}.{nameof(Sdk.RequestOptions.MaxRetries)}");
        Timeout(options.Timeout, usual ? $"{Usual}.{nameof(Sdk.RequestOptions.Timeout)}" : $"{paramName}.{nameof(Sdk.RequestOptions.Timeout)}");
        if (options.IdempotencyKey is { } key)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > 255 || key.Any(c => c < 0x21 || c > 0x7e))
            {
                throw new ArgumentException(
                    "IdempotencyKey must be 1 to 255 visible ASCII characters (a GUID works); leave it null to let the SDK make one.",
                    $"{paramName}.{nameof(Sdk.RequestOptions.IdempotencyKey)}");
            }
        }

        foreach (var (name, value) in options.Headers)
        {
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    "The Authorization header cannot be set per request: configure FloraClientOptions.ApiKey instead.",
                    $"{paramName}.{nameof(Sdk.RequestOptions.Headers)}");
            }

            if (string.IsNullOrWhiteSpace(name) || (value ?? string.Empty).Any(c => c is '\r' or '\n' or '\0'))
            {
                throw new ArgumentException(
                    $"Header '{name}' is not valid: header names cannot be blank and values cannot contain line breaks.",
                    $"{paramName}.{nameof(Sdk.RequestOptions.Headers)}");
            }

            if (!name.All(IsTokenChar))
            {
                throw new ArgumentException(
                    $"Header name '{name.ReplaceLineEndings(" ")}' is not valid: a header name is a token of letters, digits and !#$%&'*+-.^_`|~ (no spaces, colons or line breaks), for example 'X-Trace-Id'.",
                    $"{paramName}.{nameof(Sdk.RequestOptions.Headers)}");
            }
        }
    }

    /// <summary>The characters of an HTTP token (RFC 9110 section 5.6.2), which header names are.</summary>
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}

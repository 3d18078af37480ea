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

        if (HasWhitespaceOrControl(apiKey))
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

    public static void MaxPages(int maxPages, string paramName)
    {
        if (maxPages < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, maxPages, "MaxPages must be at least 1: it bounds how many pages one list enumeration fetches.");
        }
    }
}

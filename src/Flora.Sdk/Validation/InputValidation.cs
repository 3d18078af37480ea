using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

/// <summary>
/// The input rules FLORA documents, checked before any request is sent, with messages that say what to do instead.
/// </summary>
internal static class InputValidation
{
    private static readonly string[] s_placeholderSources = ["upload", "file", "local", "signed_url", "signedurl", "url"];

    public static void AssetId(string? assetId, string paramName) => Id(assetId, paramName, "asset id", "asset_abc123");

    public static void ProjectId(string? projectId, string paramName)
    {
        Id(projectId, paramName, "project id", "prj_abc123");
        RequirePrefix(projectId!, "prj_", paramName, "project id");
    }

    public static void WorkspaceId(string? workspaceId, string paramName)
    {
        if (workspaceId is null)
        {
            throw new ArgumentNullException(paramName, "A workspace id is required: pass the public id that starts with 'ws_' (list workspaces to find it).");
        }

        Id(workspaceId, paramName, "workspace id", "ws_abc123");
        RequirePrefix(workspaceId, "ws_", paramName, "workspace id");
    }

    public static void CreateParams(AssetCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);

        // Callers pass nameof(parameters): with it the member names are constants, so a valid call builds no strings.
        const string Usual = "parameters";
        var usual = paramName == Usual;
        Source(parameters.Source, usual ? $"{Usual}.{nameof(AssetCreateParams.Source)}" : $"{paramName}.{nameof(AssetCreateParams.Source)}");
        WorkspaceId(parameters.WorkspaceId, usual ? $"{Usual}.{nameof(AssetCreateParams.WorkspaceId)}" : $"{paramName}.{nameof(AssetCreateParams.WorkspaceId)}");
        OptionalText(parameters.ContentType, usual ? $"{Usual}.{nameof(AssetCreateParams.ContentType)}" : $"{paramName}.{nameof(AssetCreateParams.ContentType)}");
        OptionalText(parameters.FileName, usual ? $"{Usual}.{nameof(AssetCreateParams.FileName)}" : $"{paramName}.{nameof(AssetCreateParams.FileName)}");
        OptionalText(parameters.Folder, usual ? $"{Usual}.{nameof(AssetCreateParams.Folder)}" : $"{paramName}.{nameof(AssetCreateParams.Folder)}");
    }

    public static void ListParams(AssetListParams? parameters, string paramName)
    {
        if (parameters is null)
        {
            return;
        }

        if (parameters.Limit is { } limit && (limit < 1 || limit > 100))
        {
            throw new ArgumentOutOfRangeException(
                $"{paramName}.{nameof(AssetListParams.Limit)}", limit, "Limit must be between 1 and 100; leave it null for the server's default.");
        }

        if (parameters.WorkspaceId is not null)
        {
            WorkspaceId(parameters.WorkspaceId, $"{paramName}.{nameof(AssetListParams.WorkspaceId)}");
        }

        if (parameters.ProjectId is not null)
        {
            ProjectId(parameters.ProjectId, $"{paramName}.{nameof(AssetListParams.ProjectId)}");
        }

        if (parameters.Cursor is { Length: 0 })
        {
            throw new ArgumentException(
                "Cursor is empty: pass null to start at the first page, or a next_cursor from an earlier page.",
                $"{paramName}.{nameof(AssetListParams.Cursor)}");
        }
    }

    public static void Source(string? source, string paramName)
    {
        if (source is null)
        {
            throw new ArgumentNullException(paramName, "Source is required: use AssetSource.SignedUrl (\"signed-url\") to upload bytes, or an allowlisted https:// URL.");
        }

        var trimmed = source.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException(
                "Source is blank: use AssetSource.SignedUrl (\"signed-url\") and UploadAsync to upload local bytes, or pass an allowlisted https:// URL.",
                paramName);
        }

        if (source == AssetSource.SignedUrl)
        {
            return;
        }

        if (Array.Exists(s_placeholderSources, p => trimmed.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"Source '{trimmed}' is a placeholder FLORA does not accept: use AssetSource.SignedUrl (\"signed-url\") and UploadAsync to upload local bytes.",
                paramName);
        }

        if (trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                "Source is a data: URL, which FLORA does not accept: use AssetSource.SignedUrl and UploadAsync to upload the bytes instead.",
                paramName);
        }

        if (trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || LooksLikeLocalPath(trimmed))
        {
            throw new ArgumentException(
                $"Source '{trimmed}' is a local path, which FLORA cannot read: use AssetSource.SignedUrl and UploadAsync (or UploadFileAsync) to upload local bytes.",
                paramName);
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || trimmed != source)
        {
            throw new ArgumentException(
                $"Source '{source}' is neither \"signed-url\" nor an absolute https:// URL: use AssetSource.SignedUrl to upload bytes, or an allowlisted https:// URL for a server-side fetch.",
                paramName);
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException(
                $"Source uses the '{uri.Scheme}' scheme, but FLORA fetches only https:// URLs from allowlisted hosts: use an https:// URL, or AssetSource.SignedUrl and UploadAsync to upload the bytes.",
                paramName);
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"Source '{source}' has no host: pass an absolute https:// URL on an allowlisted host.", paramName);
        }
    }

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

    private static void Id(string? id, string paramName, string what, string example)
    {
        if (id is null)
        {
            throw new ArgumentNullException(paramName, $"The {what} is required, for example '{example}'.");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The {what} is blank: pass the id the API returned, for example '{example}'.", paramName);
        }

        if (id is "." or "..")
        {
            throw new ArgumentException($"The {what} '{id}' is not an id: pass the id the API returned, for example '{example}'.", paramName);
        }

        if (id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"The {what} '{id.Trim()}' contains whitespace: ids never do; pass it exactly as the API returned it.", paramName);
        }
    }

    private static void RequirePrefix(string id, string prefix, string paramName, string what)
    {
        if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length)
        {
            throw new ArgumentException(
                $"The {what} '{id}' must start with '{prefix}': use the public API id (for example '{prefix}abc123'), not an internal or display id.",
                paramName);
        }
    }

    private static void OptionalText(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value is blank: leave it null to omit it.", paramName);
        }
    }

    /// <summary>The characters of an HTTP token (RFC 9110 section 5.6.2), which header names are.</summary>
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);

    private static bool LooksLikeLocalPath(string value) =>
        value.StartsWith('/') || value.StartsWith('\\') || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith('~')
        || (value.Length >= 3 && char.IsAsciiLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/'));
}

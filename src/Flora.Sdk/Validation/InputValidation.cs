namespace Flora.Sdk.Validation;

/// <summary>
/// The input rules FLORA documents, checked before any request is sent, with messages that say what to do instead.
/// The SDK's rules are in this folder: ids and request options here, sources, client options and each call's
/// parameters beside it (the batch's item rules are in Batch/, the CLI's file rules in Flora.Cli/Upload/UploadInputs.cs).
/// </summary>
internal static partial class InputValidation
{
    public static void AssetId(string? assetId, string paramName) => Id(assetId, paramName, "asset id", "asset_abc123");

    public static void ProjectId(string? projectId, string paramName)
    {
        Id(projectId, paramName, "project id", "prj_abc123");
        RequirePrefix(projectId!, "prj_", paramName, "project id");
    }

    /// <summary>An optional project id: when set, a <c>prj_</c> id without whitespace.</summary>
    public static void OptionalProjectId(string? projectId, string paramName)
    {
        if (projectId is not null)
        {
            ProjectId(projectId, paramName);
        }
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

        if (HasWhitespaceOrControl(id))
        {
            throw new ArgumentException($"The {what} '{id.Trim()}' contains whitespace: ids never do; pass it exactly as the API returned it.", paramName);
        }
    }

    // A loop, not LINQ: every call checks an id, and an enumerator over a string is an allocation per call.
    private static bool HasWhitespaceOrControl(string id)
    {
        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
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

    // The rules of every call's RequestOptions live here, beside the id rules: the hot calls (retrieve) read only this file.
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

using Microsoft.Extensions.Logging;

namespace Flora.Sdk;

/// <summary>
/// Configuration for a <see cref="FloraClient"/>. A class, not a record, so that <see cref="ToString"/> can never print the key.
/// </summary>
public sealed class FloraClientOptions
{
    /// <summary>FLORA's production API.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://app.flora.ai/api/v1/");

    /// <summary>The default of <see cref="MaxPages"/>: 10,000 pages.</summary>
    public const int DefaultMaxPages = 10_000;

    /// <summary>The environment variable read for <see cref="ApiKey"/>.</summary>
    public const string ApiKeyEnvironmentVariable = "FLORA_API_KEY";

    /// <summary>The environment variable read for <see cref="BaseUrl"/>.</summary>
    public const string BaseUrlEnvironmentVariable = "FLORA_BASE_URL";

    /// <summary>Creates options with their defaults, reading <c>FLORA_API_KEY</c> and <c>FLORA_BASE_URL</c> from the environment.</summary>
    public FloraClientOptions()
    {
        ApiKey = NullIfBlank(Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable));
        var baseUrl = NullIfBlank(Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable));
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed))
        {
            BaseUrl = parsed;
        }
    }

    private Uri? _baseUrl;
    private bool _baseUrlGiven;

    /// <summary>The API key sent as <c>Authorization: Bearer</c>.</summary>
    /// <value>Defaults to the <c>FLORA_API_KEY</c> environment variable.</value>
    public string? ApiKey { get; set; }

    /// <summary>The API's base URL, with or without a trailing slash.</summary>
    /// <value>Defaults to <c>FLORA_BASE_URL</c>, else <c>https://app.flora.ai/api/v1</c>. Plain <c>http</c> is accepted only for loopback hosts.</value>
    public Uri BaseUrl
    {
        // The default is read only when no URL was given: parsing it is the first host-name Uri of many processes, and
        // that costs milliseconds of a cold start that a client given its own URL should not pay.
        get => _baseUrlGiven ? _baseUrl! : DefaultBaseUrl;
        set => (_baseUrl, _baseUrlGiven) = (value, true);
    }

    /// <summary>How many times a failed attempt is retried (connection failures, timeouts, 408, 429, 5xx).</summary>
    /// <value>Defaults to 2. Set 0 when an outer resilience handler already retries.</value>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The timeout of each attempt, including reading the response.</summary>
    /// <value>Defaults to 60 seconds. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables it.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most pages one enumeration of a list (<c>ListAsync</c>, <c>ListNodesAsync</c>) fetches.</summary>
    /// <value>
    /// Defaults to <see cref="DefaultMaxPages"/>. A list whose server hands out a new <c>next_cursor</c> past this many
    /// pages ends with a <see cref="FloraPagingException"/> instead of running forever; the pages before it are yielded.
    /// Must be at least 1.
    /// </value>
    public int MaxPages { get; set; } = DefaultMaxPages;

    /// <summary>The clock used for retry delays, timeouts and upload expiry; tests swap in a fake.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the client logs its attempts and retries when it is not created through dependency injection.</summary>
    /// <value>Defaults to <see langword="null"/> (no logging).</value>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// The handler for the storage host, a host outside FLORA: the bytes of a signed upload and of a download (from the
    /// asset's URL) both go through it, when not the SDK's own.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="null"/>: a handler of the client's own that keeps no cookies and follows no redirects,
    /// released by <see cref="FloraClient.Dispose()"/> (under <c>AddFloraClient</c>, the named <c>IHttpClientFactory</c>
    /// client <c>Flora.Sdk.Storage</c>, with its own pool). Set it
    /// to route uploads and downloads through a proxy or a test handler; the SDK sends no FLORA key and none of an <see cref="HttpClient"/>'s
    /// default headers through it, and never disposes it.
    /// </value>
    public HttpMessageHandler? StorageHandler { get; set; }

    /// <summary>Describes the options without the API key.</summary>
    /// <returns>The base URL, retry and timeout settings, and whether a key is set.</returns>
    public override string ToString() =>
        $"FloraClientOptions {{ BaseUrl = {BaseUrl}, ApiKey = {(ApiKey is null ? "(not set)" : "(set, redacted)")}, MaxRetries = {MaxRetries}, Timeout = {Timeout} }}";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

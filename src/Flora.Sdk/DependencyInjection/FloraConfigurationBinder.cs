using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Flora.Sdk.DependencyInjection;

/// <summary>
/// Binds the four configuration keys by hand (<c>ApiKey</c>, <c>BaseUrl</c>, <c>MaxRetries</c>, <c>Timeout</c>), so binding
/// needs no reflection and is safe under trimming and Native AOT. A key that is absent keeps its default.
/// </summary>
internal static class FloraConfigurationBinder
{
    /// <summary>The section read when <c>AddFloraClient</c> is given the app's root configuration.</summary>
    public const string DefaultSectionName = "Flora";

    /// <summary>A section is bound as given; anything else (the root configuration) is narrowed to its <c>Flora</c> section.</summary>
    public static IConfiguration Resolve(IConfiguration configuration) =>
        configuration is IConfigurationSection ? configuration : configuration.GetSection(DefaultSectionName);

    public static void Bind(IConfiguration section, FloraClientOptions options)
    {
        if (Value(section, nameof(FloraClientOptions.ApiKey)) is { } apiKey)
        {
            options.ApiKey = apiKey;
        }

        if (Value(section, nameof(FloraClientOptions.BaseUrl)) is { } baseUrl)
        {
            // A relative or malformed value is kept as given so that validation reports it with the usual message.
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute)
                ? absolute
                : Uri.TryCreate(baseUrl, UriKind.Relative, out var relative)
                    ? relative
                    : throw new InvalidOperationException($"{Path(section, nameof(FloraClientOptions.BaseUrl))} '{baseUrl}' is not a URL: use an absolute https URL such as https://app.flora.ai/api/v1.");
        }

        if (Value(section, nameof(FloraClientOptions.MaxRetries)) is { } maxRetries)
        {
            options.MaxRetries = int.TryParse(maxRetries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Path(section, nameof(FloraClientOptions.MaxRetries))} '{maxRetries}' is not a whole number: use for example 2, or 0 to disable retries.");
        }

        if (Value(section, nameof(FloraClientOptions.Timeout)) is { } timeout)
        {
            options.Timeout = ParseTimeout(timeout, Path(section, nameof(FloraClientOptions.Timeout)));
        }
    }

    /// <summary>Reads a timeout as a TimeSpan (<c>00:01:30</c>, as the configuration binder does) or <c>Infinite</c>/<c>-1</c>.</summary>
    private static TimeSpan ParseTimeout(string value, string path)
    {
        if (value.Equals("Infinite", StringComparison.OrdinalIgnoreCase) || value == "-1" || value == "-00:00:00.001")
        {
            return System.Threading.Timeout.InfiniteTimeSpan;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{path} '{value}' is not a time span: use hh:mm:ss, for example 00:01:30, or Infinite.");
    }

    private static string? Value(IConfiguration section, string key) =>
        section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection named ? $"{named.Path}:{key}" : key;
}

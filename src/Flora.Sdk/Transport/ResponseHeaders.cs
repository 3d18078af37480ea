using System.Globalization;
using System.Net.Http.Headers;

using Flora.Sdk.Core;

namespace Flora.Sdk.Transport;

/// <summary>Reads the response headers the SDK acts on.</summary>
internal static class ResponseHeaders
{
    /// <summary>Server waits longer than this are not honoured; the regular backoff applies instead (README "Retries").</summary>
    public static readonly TimeSpan MaxHonouredRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>Reads <c>x-should-retry</c>, the server's explicit word on whether a retry may help.</summary>
    public static bool? ShouldRetry(HttpResponseHeaders headers) =>
        HeaderValues.First(headers, "x-should-retry") switch
        {
            { } v when v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            { } v when v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            _ => null,
        };

    /// <summary>Reads <c>retry-after-ms</c> (preferred) or <c>Retry-After</c> in seconds or as an HTTP date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (HeaderValues.First(headers, "retry-after-ms") is { } ms
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && double.IsFinite(milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(Math.Min(milliseconds, TimeSpan.FromDays(1).TotalMilliseconds));
        }

        if (HeaderValues.First(headers, "Retry-After") is not { } value)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return double.IsFinite(seconds) && seconds >= 0
                ? TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds))
                : null;
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Every header of <paramref name="response"/> (its content's too), by case-insensitive name, each value redacted.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All(HttpResponseMessage response, Redactor redactor)
    {
        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(all, response.Headers, redactor);
        if (response.Content is { } content)
        {
            Add(all, content.Headers, redactor);
        }

        return all;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> all, HttpHeaders headers, Redactor redactor)
    {
        foreach (var (name, values) in headers)
        {
            all[name] = [.. values.Select(value => redactor.Redact(value) ?? string.Empty)];
        }
    }
}

using System.Diagnostics;
using System.Reflection;

namespace Flora.Sdk;

/// <summary>
/// Names to subscribe to for the SDK's traces and metrics (OpenTelemetry: <c>AddSource(FloraDiagnostics.ActivitySourceName)</c>
/// and <c>AddMeter(FloraDiagnostics.MeterName)</c>).
/// </summary>
public static class FloraDiagnostics
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/>: one span per operation, an upload the parent of its steps.</summary>
    public const string ActivitySourceName = "Flora.Sdk";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>flora.client.operation.duration</c> (s, by
    /// <c>flora.operation</c>, <c>http.request.method</c>, <c>http.response.status_code</c>, <c>error.type</c>),
    /// <c>flora.client.retries</c> (by <c>flora.operation</c> and <c>error.type</c>), <c>flora.client.upload.bytes</c> and
    /// <c>flora.client.uploads</c> (by <c>flora.upload.path</c> and <c>flora.upload.outcome</c>).
    /// </summary>
    public const string MeterName = "Flora.Sdk";

    /// <summary>The SDK's version, without the commit SourceLink appends: the version of its traces, metrics and <c>User-Agent</c>.</summary>
    internal static string Version { get; } = ReadVersion();

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, Version);

    private static string ReadVersion()
    {
        var informational = typeof(FloraDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(FloraDiagnostics).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // Drop the "+<commit>" build metadata SourceLink appends.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}

using System.Diagnostics;

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

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, Transport.UserAgent.Version);
}

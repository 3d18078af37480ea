using System.Diagnostics;

namespace Flora.Sdk;

/// <summary>Names to subscribe to for the SDK's traces (OpenTelemetry: <c>AddSource(FloraDiagnostics.ActivitySourceName)</c>).</summary>
public static class FloraDiagnostics
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/>: one span per operation, an upload the parent of its steps.</summary>
    public const string ActivitySourceName = "Flora.Sdk";

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, Transport.UserAgent.Version);
}

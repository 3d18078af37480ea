using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Flora.Sdk.Transport;

/// <summary>
/// Every metric of the SDK, on the <see cref="Meter"/> named <see cref="FloraDiagnostics.MeterName"/>. Tag names follow
/// OpenTelemetry's HTTP client semantic conventions where they fit (<c>http.request.method</c>,
/// <c>http.response.status_code</c>, <c>error.type</c>); what is the SDK's own is under <c>flora.*</c>. Each record checks
/// <see cref="Instrument.Enabled"/> first, so with nobody listening a call costs a field read and no clock read (the
/// Retrieve benchmark in tests/Flora.Sdk.Benchmarks/Scenarios/InMemoryBenchmarks.cs pays for this).
/// </summary>
internal static class FloraMetrics
{
    /// <summary>The <c>flora.upload.path</c> of an upload that sent its bytes with the create request.</summary>
    public const string DirectPath = "direct";

    /// <summary>The <c>flora.upload.path</c> of an upload through a reservation and the signed target.</summary>
    public const string SignedPath = "signed";

    /// <summary>The <c>flora.upload.path</c> of an upload FLORA fetches from a URL.</summary>
    public const string UrlPath = "url";

    private static readonly Meter s_meter = new(FloraDiagnostics.MeterName, FloraDiagnostics.Version);

    private static readonly Histogram<double> s_duration = s_meter.CreateHistogram<double>(
        "flora.client.operation.duration",
        unit: "s",
        description: "Duration of one SDK call (for example assets.retrieve), from its first attempt to its outcome, retries included.",
#if NET9_0_OR_GREATER || NETSTANDARD2_0
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60] });
#else
        tags: null);
#endif

    private static readonly Counter<long> s_retries = s_meter.CreateCounter<long>(
        "flora.client.retries", unit: "{retry}", description: "Transport retries of SDK calls, by the failure that caused them (error.type).");

    private static readonly Counter<long> s_uploadBytes = s_meter.CreateCounter<long>(
        "flora.client.upload.bytes", unit: "By", description: "Bytes of asset content in uploads that succeeded.");

    private static readonly Counter<long> s_uploads = s_meter.CreateCounter<long>(
        "flora.client.uploads", unit: "{upload}", description: "Uploads by path (direct, signed, url) and outcome (success, failure, canceled).");

    /// <summary>The start of a call, or 0 when nobody listens to its duration (then <see cref="CallFinished"/> does nothing).</summary>
    public static long CallStarted() => s_duration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records a call's duration, with its final status (0 when no response came) or failure.</summary>
    public static void CallFinished(in ApiRequest request, long started, int statusCode, Exception? failure)
    {
        if (started == 0)
        {
            return;
        }

        var tags = new TagList { { "flora.operation", request.Operation }, { "http.request.method", request.Method.Method } };
        var status = statusCode != 0 ? statusCode : StatusOf(failure);
        if (status != 0)
        {
            tags.Add("http.response.status_code", status);
        }

        if (failure is not null)
        {
            tags.Add("error.type", ErrorType(failure));
        }

        s_duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    /// <summary>Counts one retry of <paramref name="operation"/> after <paramref name="failure"/>.</summary>
    public static void RetryScheduled(string? operation, Exception? failure)
    {
        if (s_retries.Enabled)
        {
            s_retries.Add(1, new KeyValuePair<string, object?>("flora.operation", operation), new KeyValuePair<string, object?>("error.type", ErrorType(failure)));
        }
    }

    /// <summary>
    /// The one place an upload's outcome is recorded, whatever its path: its count by path and outcome, and on success its bytes.
    /// </summary>
    /// <param name="path"><see cref="DirectPath"/>, <see cref="SignedPath"/> or <see cref="UrlPath"/>.</param>
    /// <param name="bytes">The content's length in bytes, when it succeeded and the SDK sent it (0 for a URL upload).</param>
    /// <param name="failure">What ended it, or <see langword="null"/> when it succeeded.</param>
    public static void UploadFinished(string path, long bytes, Exception? failure)
    {
        if (failure is null && bytes > 0 && s_uploadBytes.Enabled)
        {
            s_uploadBytes.Add(bytes, new KeyValuePair<string, object?>("flora.upload.path", path));
        }

        if (!s_uploads.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "flora.upload.path", path },
            { "flora.upload.outcome", failure switch { null => "success", OperationCanceledException => "canceled", _ => "failure" } },
        };
        if (failure is not null)
        {
            tags.Add("error.type", ErrorType(failure));
        }

        s_uploads.Add(1, tags);
    }

    /// <summary>
    /// An exception filter that records a failed upload and never catches: <c>catch (Exception ex) when (FloraMetrics.UploadFailed(path, ex))</c>.
    /// </summary>
    /// <returns>Always <see langword="false"/>.</returns>
    public static bool UploadFailed(string path, Exception failure)
    {
        UploadFinished(path, 0, failure);
        return false;
    }

    /// <summary>
    /// <c>error.type</c>, as OpenTelemetry's HTTP conventions spell it: the status code of an HTTP failure, else the
    /// exception's type name. Spans and metrics share it.
    /// </summary>
    public static string ErrorType(Exception? failure) => failure switch
    {
        null => "_OTHER",
        _ when StatusOf(failure) is var status and not 0 => status.ToString(CultureInfo.InvariantCulture),
        _ => failure.GetType().Name,
    };

    private static int StatusOf(Exception? failure) => failure switch
    {
        FloraApiException api => (int)api.StatusCode,
        FloraStorageHostException host => (int)host.StatusCode,
        _ => 0,
    };
}

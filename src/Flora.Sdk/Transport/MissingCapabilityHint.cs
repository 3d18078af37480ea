using System.Globalization;
using System.Net;

namespace Flora.Sdk.Transport;

/// <summary>
/// What to do when FLORA refuses a URL source because its host is not allowlisted for server-side fetch: FLORA's
/// guide (seed 004) says to upload the bytes, or to ask for the host with feedback of kind <c>missing_capability</c>.
/// </summary>
internal static class MissingCapabilityHint
{
    public const string Text =
        "FLORA fetches URL sources only from allowlisted hosts: upload the bytes instead (UploadAsync, or source \"signed-url\"), "
        + "or ask FLORA for this host with feedback of kind missing_capability (client.Feedback.RecordAsync with FeedbackKind.MissingCapability).";

    /// <summary>The hint, when a 4xx error reads as a refused source host; otherwise <see langword="null"/>.</summary>
    public static string? For(HttpStatusCode status, string? code, string? serverMessage, IReadOnlyList<FloraFieldError> fields)
    {
        if ((int)status is < 400 or >= 500)
        {
            return null;
        }

        if (code is not null && (Has(code, "allowlist") || Has(code, "host")))
        {
            return Text;
        }

        if (RefusesHost(serverMessage))
        {
            return Text;
        }

        foreach (var field in fields)
        {
            if (RefusesHost(field.Message))
            {
                return Text;
            }
        }

        return null;
    }

    // "The host 'x' is not allowlisted", "source host is not allowed", "unsupported source host": a host named as refused.
    // "source must be an allowlisted HTTPS URL" (a wrong scheme) names no host, and gets no hint.
    private static bool RefusesHost(string? text) =>
        text is not null
        && (Has(text, "not allowlisted")
            || (Has(text, "host") && (Has(text, "allowlist") || Has(text, "not allowed") || Has(text, "unsupported") || Has(text, "not supported"))));

    private static bool Has(string text, string part) => CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part, CompareOptions.OrdinalIgnoreCase) >= 0;
}

using System.Globalization;

namespace Flora.Sdk.Webhooks;

/// <summary>A parsed <c>Flora-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=&lt;hex&gt;…]</c>.</summary>
/// <remarks>As FLORA's SDK reads it: parts without <c>=</c> and unknown keys are skipped, the last <c>t=</c> wins, and every non-empty <c>v1=</c> is kept.</remarks>
internal readonly struct SignatureHeader
{
    private SignatureHeader(long? timestamp, IReadOnlyList<string> signatures)
    {
        Timestamp = timestamp;
        Signatures = signatures;
    }

    /// <summary>The signed time in Unix seconds, or null when the header has no readable <c>t=</c>.</summary>
    public long? Timestamp { get; }

    /// <summary>Every <c>v1=</c> value, in order; more than one during a secret rotation.</summary>
    public IReadOnlyList<string> Signatures { get; }

    public static SignatureHeader Parse(string header)
    {
        long? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(','))
        {
            var eq = part.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            var key = part.Substring(0, eq).Trim();
            var value = part.Substring(eq + 1).Trim();
            if (key == "t")
            {
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
                {
                    timestamp = seconds;
                }
            }
            else if (key == "v1" && value.Length > 0)
            {
                signatures.Add(value);
            }
        }

        return new SignatureHeader(timestamp, signatures);
    }
}

using System.Runtime.InteropServices;

namespace Flora.Sdk.Transport;

/// <summary>The <c>User-Agent</c> every request sends: <c>Flora.Sdk/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;os&gt;)</c>.</summary>
internal static class UserAgent
{
    public static string Value { get; } =
        $"Flora.Sdk/{FloraDiagnostics.Version} ({RuntimeInformation.FrameworkDescription.Replace('(', '[').Replace(')', ']')}; {RuntimeInformation.OSDescription.Replace('(', '[').Replace(')', ']')})";
}

using System.Reflection;
using System.Runtime.InteropServices;

namespace Flora.Sdk.Transport;

/// <summary>The <c>User-Agent</c> every request sends: <c>Flora.Sdk/&lt;version&gt; (.NET &lt;runtime&gt;; &lt;os&gt;)</c>.</summary>
internal static class UserAgent
{
    public static string Version { get; } = ReadVersion();

    public static string Value { get; } =
        $"Flora.Sdk/{Version} ({RuntimeInformation.FrameworkDescription.Replace('(', '[').Replace(')', ']')}; {RuntimeInformation.OSDescription.Replace('(', '[').Replace(')', ']')})";

    private static string ReadVersion()
    {
        var informational = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(UserAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // Drop the "+<commit>" build metadata SourceLink appends.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}

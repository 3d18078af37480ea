using System.Globalization;

namespace Flora.Sdk.Benchmarks.Infrastructure;

/// <summary>Reads <c>--name value</c> options of the commands.</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static bool Flag(string[] args, string name) => Array.IndexOf(args, name) >= 0;
}

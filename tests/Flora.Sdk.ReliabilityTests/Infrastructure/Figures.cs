using System.Text;
using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>Where the suite writes its measured figures: <c>artifacts/reliability/NAME.txt</c> under the repository root.</summary>
internal static class Figures
{
    public static string Directory { get; } = Locate();

    public static void Report(ITestOutputHelper output, string name, string text)
    {
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Directory, name + ".txt"), text, Encoding.UTF8);
    }

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("FLORA_RELIABILITY_OUT");
        var dir = configured;
        if (string.IsNullOrEmpty(dir))
        {
            var probe = new DirectoryInfo(AppContext.BaseDirectory);
            while (probe is not null && !File.Exists(Path.Combine(probe.FullName, "Flora.Sdk.sln")))
            {
                probe = probe.Parent;
            }

            dir = probe is null ? Path.Combine(Path.GetTempPath(), "flora-reliability") : Path.Combine(probe.FullName, "artifacts", "reliability");
        }

        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }
}

using Xunit.Abstractions;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>Whether a test runs its /proc-based leak checks (<see cref="Resources"/>); kept apart so the benchmarks can link Resources without xunit.</summary>
internal static class LeakChecks
{
    /// <summary>
    /// Whether the socket and descriptor leak checks run: on Linux they must (a missing /proc fails the test); on other
    /// systems, which have no /proc, they are reported as skipped.
    /// </summary>
    public static bool Enabled(ITestOutputHelper output)
    {
        if (OperatingSystem.IsLinux())
        {
            Assert.True(Resources.Available, "/proc is missing on Linux: the socket and descriptor leak checks cannot run.");
            return true;
        }

        output.WriteLine("skipped: the socket and descriptor leak checks read Linux's /proc, which this system does not have.");
        return false;
    }
}

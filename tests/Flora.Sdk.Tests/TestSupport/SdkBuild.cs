using System.Reflection;
using System.Runtime.Versioning;

namespace Flora.Sdk.Tests.TestSupport;

/// <summary>
/// Which build of Flora.Sdk these tests run against: tests/Flora.Sdk.Tests.NetStandard compiles the same tests against
/// its netstandard2.0 build, whose code differs where the SDK says <c>#if NET8_0_OR_GREATER</c>.
/// </summary>
internal static class SdkBuild
{
    public static bool IsNetStandard { get; } =
        typeof(FloraClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName.StartsWith(".NETStandard", StringComparison.Ordinal) == true;
}

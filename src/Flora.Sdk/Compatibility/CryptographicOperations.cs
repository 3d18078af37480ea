#if NETSTANDARD2_0
using System.Runtime.CompilerServices;

namespace Flora.Sdk.Compatibility;

/// <summary><c>System.Security.Cryptography.CryptographicOperations.FixedTimeEquals</c> for netstandard2.0 (it came in .NET Core 2.1).</summary>
internal static class CryptographicOperations
{
    /// <summary>Whether both spans hold the same bytes, in a time that depends on their length only, never on where they differ.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    public static bool FixedTimeEquals(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
    }
}
#endif

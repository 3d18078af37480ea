using System.Globalization;
using System.Net;

namespace Flora.Sdk.Testing.Server;

/// <summary>
/// Which <c>Host</c> headers the emulator answers: loopback names only (<c>localhost</c>, <c>127.x.y.z</c>, <c>[::1]</c>),
/// with or without a port. A web page whose DNS name an attacker rebinds to 127.0.0.1 still sends its own name as the
/// host, so refusing every other name keeps such pages out even though they reach the socket.
/// </summary>
internal static class LoopbackHost
{
    public static bool IsLoopback(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        // "[v6]" or "[v6]:port"; otherwise "name" or "name:port" (a name or IPv4 address holds no colon of its own).
        var nameEnd = host[0] == '[' ? host.IndexOf(']', StringComparison.Ordinal) + 1 : host.IndexOf(':', StringComparison.Ordinal);
        if (nameEnd == 0)
        {
            return false;
        }

        var name = nameEnd < 0 ? host : host[..nameEnd];
        var port = nameEnd < 0 ? string.Empty : host[nameEnd..];
        return IsPort(port)
            && (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IsLoopbackIPv4(name) || IsLoopbackIPv6(name));
    }

    /// <summary>Nothing, or ":" and 1 to 5 digits.</summary>
    private static bool IsPort(string port) =>
        port.Length == 0 || (port[0] == ':' && port.Length is > 1 and <= 6 && port.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0);

    /// <summary>Four dotted decimal bytes, the first 127: no shorthand (<c>127.1</c>) or integer forms.</summary>
    private static bool IsLoopbackIPv4(string name)
    {
        var parts = name.Split('.');
        return parts.Length == 4
            && parts.All(p => p.Length is > 0 and <= 3 && p.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
                              && int.Parse(p, CultureInfo.InvariantCulture) <= 255)
            && parts[0] == "127";
    }

    private static bool IsLoopbackIPv6(string name) =>
        name.Length > 2 && name[0] == '[' && name[^1] == ']'
        && IPAddress.TryParse(name.AsSpan(1, name.Length - 2), out var address)
        && address.Equals(IPAddress.IPv6Loopback);
}

using System.Globalization;

namespace Flora.Sdk.ReliabilityTests.Infrastructure;

/// <summary>Counts this process's open file descriptors and its TCP connections to a port (Linux /proc).</summary>
internal static class Resources
{
    /// <summary>Whether this system has the /proc files the counts read (Linux).</summary>
    public static bool Available => File.Exists("/proc/net/tcp") && System.IO.Directory.Exists("/proc/self/fd");

    public static int OpenFileDescriptors() => System.IO.Directory.GetFiles("/proc/self/fd").Length;

    /// <summary>What each open descriptor points at (socket:[inode], pipe, file path), for a leak report.</summary>
    public static List<string> DescriptorTargets()
    {
        var targets = new List<string>();
        foreach (var fd in System.IO.Directory.GetFiles("/proc/self/fd"))
        {
            try
            {
                targets.Add(new FileInfo(fd).LinkTarget ?? fd);
            }
            catch (IOException)
            {
                // Closed while listing.
            }
        }

        return targets;
    }

    /// <summary>Client-side connections to <paramref name="port"/> on loopback, by TCP state (01 = ESTABLISHED, 06 = TIME_WAIT...).</summary>
    public static int ConnectionsTo(int port, string state = "01")
    {
        var count = 0;
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(file))
            {
                continue;
            }

            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 4)
                {
                    continue;
                }

                var remote = parts[2];
                var remotePort = int.Parse(remote[(remote.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (remotePort == port && parts[3] == state)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Waits (a bounded time) for a condition on the connection table to settle.</summary>
    public static async Task<int> SettleAsync(Func<int> measure, Func<int, bool> done, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        var value = measure();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            value = measure();
        }

        return value;
    }
}

using System.Runtime.InteropServices;

namespace Flora.Cli.Tests;

/// <summary>POSIX signals to a child process: SIGINT is what Ctrl+C sends, SIGKILL a kill the process cannot see.</summary>
internal static partial class Signals
{
    public const int SigInt = 2;
    public const int SigKill = 9;

    public static int Send(int processId, int signal) => Kill(processId, signal);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}

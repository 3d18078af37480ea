namespace Flora.Cli;

/// <summary>The process exit codes of <c>flora</c>, documented in its help and README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for succeeded.</summary>
    public const int Success = 0;

    /// <summary>Some item failed, or FLORA answered an error; the output says which.</summary>
    public const int Failure = 1;

    /// <summary>The command line or an input is not valid; nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>A wait for a run ran out (<c>--wait-timeout</c>) before the run ended; it goes on at FLORA, and stderr names it.</summary>
    public const int NotFinished = 3;

    /// <summary>Stopped with Ctrl+C (128 + SIGINT), after what had finished was recorded.</summary>
    public const int Cancelled = 130;
}

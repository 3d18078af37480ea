using System.Globalization;
using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// A wait for a run to end ran out while FLORA was still working on it (or had not started). The run goes on at FLORA:
/// wait again with <c>client.Runs.WaitForCompletionAsync</c>, or read it with <c>RetrieveAsync</c>; do not start it again.
/// This is not a connection failure, so a retry loop over <see cref="FloraConnectionException"/> does not catch it.
/// </summary>
public sealed class FloraRunNotFinishedException : FloraException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="runId">The run that has not ended yet.</param>
    /// <param name="lastStatus">The status FLORA answered last.</param>
    /// <param name="progress">The progress FLORA answered last, as FLORA sends it.</param>
    public FloraRunNotFinishedException(string runId, RunStatus lastStatus, double progress)
        : base(
            $"Run '{runId}' is still '{lastStatus}' (progress {progress.ToString("0.###", CultureInfo.InvariantCulture)}) and the wait ran out. " +
            $"The run goes on at FLORA: wait again with client.Runs.WaitForCompletionAsync(\"{runId}\") (with a longer RunWaitOptions.Timeout), " +
            "or read it with RetrieveAsync; do not start it again, that would make and pay for a second run.")
    {
        RunId = runId;
        LastStatus = lastStatus;
        Progress = progress;
    }

    /// <summary>The run that has not ended yet.</summary>
    public string RunId { get; }

    /// <summary>The status FLORA answered last, for example <c>running</c>.</summary>
    public RunStatus LastStatus { get; }

    /// <summary>The progress FLORA answered last, as FLORA sends it.</summary>
    public double Progress { get; }
}

using Flora.Sdk.Models;

namespace Flora.Sdk;

/// <summary>
/// A run that <c>client.Runs.WaitForCompletionAsync</c> waited for ended <c>failed</c>: FLORA's error code and message
/// say why. The run is over; start a new one to try again.
/// </summary>
public sealed class FloraRunFailedException : FloraException
{
    /// <summary>Creates the exception from the failed run.</summary>
    /// <param name="run">The run as FLORA answered it last, with its <c>error_code</c> and <c>error_message</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is <see langword="null"/>.</exception>
    public FloraRunFailedException(Run run)
        : base(MessageOf(run))
    {
        Run = run;
        RunId = run.RunId;
        ErrorCode = run.ErrorCode;
        RunErrorMessage = run.ErrorMessage;
    }

    /// <summary>The run that failed.</summary>
    public string RunId { get; }

    /// <summary>FLORA's machine-readable error code of the run (<c>error_code</c>), when it gave one.</summary>
    public string? ErrorCode { get; }

    /// <summary>FLORA's human-readable error message of the run (<c>error_message</c>), when it gave one.</summary>
    public string? RunErrorMessage { get; }

    /// <summary>The failed run as FLORA answered it last.</summary>
    public Run Run { get; }

    private static string MessageOf(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return $"Run '{run.RunId}' failed with {(run.ErrorCode is null ? "no error code" : $"error code '{run.ErrorCode}'")}: " +
            $"{run.ErrorMessage ?? "FLORA gave no error message"}. The run is over; fix its inputs and start a new run to try again.";
    }
}

namespace Flora.Sdk;

/// <summary>
/// An attempt ran past its timeout (<see cref="FloraClientOptions.Timeout"/> or <see cref="RequestOptions.Timeout"/>)
/// on every try. Your own cancellation never raises this: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class FloraTimeoutException : FloraConnectionException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which request timed out and after how long.</param>
    /// <param name="innerException">
    /// The cause: a <see cref="TimeoutException"/> is kept as it is; anything else (the cancellation the timeout caused) is
    /// wrapped in a <see cref="TimeoutException"/>, so <see cref="Exception.InnerException"/> is always a <see cref="TimeoutException"/>.
    /// </param>
    public FloraTimeoutException(string message, Exception? innerException = null)
        : base(message, innerException as TimeoutException ?? new TimeoutException("The attempt ran past its timeout.", innerException))
    {
    }
}

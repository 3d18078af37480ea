namespace Flora.Sdk;

/// <summary>
/// An attempt ran past its timeout (<see cref="FloraClientOptions.Timeout"/> or <see cref="RequestOptions.Timeout"/>)
/// on every try. Your own cancellation never raises this: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class FloraTimeoutException : FloraConnectionException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which request timed out and after how long.</param>
    /// <param name="innerException">The cancellation the timeout caused.</param>
    public FloraTimeoutException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
